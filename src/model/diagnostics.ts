import type { Span } from './span.ts';

/**
 * The one catalogue of problems found in content (not in code). Each code is `area/problem`.
 * Diagnostics travel with the article and are shown by the CLI, API and UI.
 */
export const diagnosticCodes = {
  'input/not-found': 'Nothing can be read at this path.',
  'input/empty': 'The input holds no text.',
  'input/binary': 'The input looks like binary data, not text.',
  'input/invalid-utf8': 'The input is not valid UTF-8; invalid bytes were replaced.',
  'input/too-large': 'The input is larger than the size limit.',
  'input/unsupported': 'The input format is not recognised.',
  'input/malformed': 'The input could not be parsed in its format.',
  'input/truncated': 'The input looks cut off.',
  'input/no-article': 'No article text could be found in the input.',
  'input/duplicate': 'The same article content was read more than once.',
  'fetch/failed':
    'The address could not be fetched (no answer in time, or a server error); worth trying again.',
  'fetch/refused':
    'The server refused the address (a 4xx answer, a redirect loop or a body over the size limit).',
  'fetch/disallowed': "The site's robots.txt does not allow fetching this address.",
  'language/not-english': 'The article is not in English; extraction is tuned for English.',
  'date/publication-inferred': 'The publication date was inferred from the text, not read from metadata.',
  'date/publication-unknown': 'No publication date was found; relative dates stay unresolved.',
  'date/unparseable': 'A date in the metadata could not be read.',
  'quotes/unclosed': 'A quotation mark is never closed.',
  'quotes/no-speaker': 'A quotation has no identifiable speaker.',
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span?: Span;
}

export function diagnostic(
  code: DiagnosticCode,
  severity: Severity,
  detail?: string,
  span?: Span,
): Diagnostic {
  const message = detail ? `${diagnosticCodes[code]} ${detail}` : diagnosticCodes[code];
  return span ? { code, severity, message, span } : { code, severity, message };
}
