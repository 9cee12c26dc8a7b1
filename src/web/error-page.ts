import type { Html } from './html.ts';
import { html } from './html.ts';
import { page } from './layout.ts';

/** The HTML face of an error response; the JSON face is in src/server/errors.ts. */
export function errorPage(status: number, code: string, message: string): Html {
  return page(
    `Error ${status}`,
    html`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1>
    <p class="error-message">${message}</p>
    <p class="muted">Error code <code>${code}</code> (HTTP ${status}). <a href="/">Back to the stories</a></p>`,
  );
}
