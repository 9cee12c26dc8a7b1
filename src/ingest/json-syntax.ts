/**
 * Where JSON breaks, and what was expected there. V8's own messages sometimes quote the input
 * (`Unexpected token '}', "{"a": }" is not valid JSON`) and sometimes give no position, so after
 * JSON.parse fails this scanner finds the first error itself. Iterative: nesting depth cannot
 * overflow the stack.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the error in the text. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** What was wrong, in words, without quoting the input. */
  readonly problem: string;
}

type Expecting = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** End offset of the string starting at `start` (its opening quote), or the problem found in it. */
function scanString(text: string, start: number): number | { offset: number; problem: string } {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') return index + 1;
    if (char === '\\') {
      const escaped = text[index + 1];
      if (escaped === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          return { offset: index, problem: 'a \\u escape needs four hex digits' };
        }
        index += 6;
        continue;
      }
      if (escaped === undefined || !escapes.has(escaped)) {
        return { offset: index, problem: 'an unknown escape in a string' };
      }
      index += 2;
      continue;
    }
    if (char.charCodeAt(0) < 0x20) {
      return { offset: index, problem: 'a raw control character (such as a line break) inside a string' };
    }
    index++;
  }
  return { offset: text.length, problem: 'a string that is never closed' };
}

export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function located(text: string, offset: number, problem: string): JsonSyntaxError {
  return { offset, problem, ...positionOf(text, offset) };
}

/** After a complete value: more of the enclosing container, or the end of the text. */
const afterValue = (containers: readonly unknown[]): Expecting =>
  containers.length > 0 ? 'comma-or-close' : 'end';

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const containers: ('array' | 'object')[] = [];
  let expecting: Expecting = 'value';
  let index = 0;

  for (;;) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index++;
    if (index >= text.length) {
      if (expecting === 'end') return undefined;
      return located(text, index, 'the text ends before the JSON is complete');
    }
    const char = text[index]!;
    switch (expecting) {
      case 'value':
      case 'value-or-close': {
        if (char === ']' && expecting === 'value-or-close') {
          containers.pop();
          index++;
          expecting = afterValue(containers);
        } else if (char === '{' || char === '[') {
          containers.push(char === '{' ? 'object' : 'array');
          index++;
          expecting = char === '{' ? 'key-or-close' : 'value-or-close';
        } else if (char === '"') {
          const end = scanString(text, index);
          if (typeof end !== 'number') return located(text, end.offset, end.problem);
          index = end;
          expecting = afterValue(containers);
        } else if (char === '-' || (char >= '0' && char <= '9')) {
          numberPattern.lastIndex = index;
          if (!numberPattern.test(text)) return located(text, index, 'a malformed number');
          index = numberPattern.lastIndex;
          expecting = afterValue(containers);
        } else {
          const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, index));
          if (!literal) {
            return located(
              text,
              index,
              'a value was expected (a string in double quotes, number, object, array, true, false or null)',
            );
          }
          index += literal.length;
          expecting = afterValue(containers);
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (char === '}' && expecting === 'key-or-close') {
          containers.pop();
          index++;
          expecting = afterValue(containers);
        } else if (char === '"') {
          const end = scanString(text, index);
          if (typeof end !== 'number') return located(text, end.offset, end.problem);
          index = end;
          expecting = 'colon';
        } else {
          return located(text, index, 'a property name in double quotes was expected');
        }
        break;
      }
      case 'colon':
        if (char !== ':') return located(text, index, "a ':' was expected after the property name");
        index++;
        expecting = 'value';
        break;
      case 'comma-or-close': {
        const inArray = containers.at(-1) === 'array';
        if (char === ',') {
          index++;
          expecting = inArray ? 'value' : 'key';
        } else if (char === (inArray ? ']' : '}')) {
          containers.pop();
          index++;
          expecting = afterValue(containers);
        } else {
          return located(text, index, inArray ? "a ',' or ']' was expected" : "a ',' or '}' was expected");
        }
        break;
      }
      case 'end':
        return located(
          text,
          index,
          'more text follows the JSON value (one object a line is JSONL: name the file .jsonl)',
        );
    }
  }
}
