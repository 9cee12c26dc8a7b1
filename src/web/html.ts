/**
 * HTML built only through this template tag: every interpolated value is escaped unless it is
 * already `Html` made by this module. Article text is hostile, so there is no other way to put a
 * string into a page.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Fragment = Html | string | number | boolean | null | undefined | readonly Fragment[];

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

function render(fragment: Fragment): string {
  if (fragment instanceof Html) return fragment.value;
  if (Array.isArray(fragment)) return fragment.map(render).join('');
  if (fragment === null || fragment === undefined || fragment === false || fragment === true) return '';
  return escapeHtml(String(fragment));
}

export function html(strings: TemplateStringsArray, ...values: readonly Fragment[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

export const join = (fragments: readonly Fragment[], separator: Fragment = ''): Html =>
  new Html(fragments.map(render).join(render(separator)));

/** A link target inside this site: path segments and query values are percent-encoded. */
export function sitePath(
  segments: readonly string[],
  query: Readonly<Record<string, string | undefined>> = {},
  hash?: string,
): string {
  const path = `/${segments.map(encodeURIComponent).join('/')}`;
  const params = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return `${path}${params ? `?${params}` : ''}${hash ? `#${encodeURIComponent(hash)}` : ''}`;
}

/** The URL if it is plain http(s); anything else (javascript:, data:, garbage) is shown as text only. */
export function webUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A token safe inside an id or class attribute and a URL fragment, for ids made by the analysis. */
export const anchorId = (prefix: string, id: string): string =>
  `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
