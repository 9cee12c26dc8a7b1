import { type Fragment, type Html, html } from './html.ts';

/** The page shell: styles and the one script come from /static (the CSP allows nothing inline). */
export function page(title: string, body: Fragment, options: { readonly wide?: boolean } = {}): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Corroborate</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="site">
  <a class="brand" href="/">Corroborate</a>
  <nav class="site-nav"><a href="/">Stories</a> <a href="/upload">Add articles</a> <a href="/openapi.json">API</a></nav>
</header>
<main class="${options.wide ? 'wide' : ''}">
${body}
</main>
</body>
</html>
`;
}

/** A status or kind shown as a small coloured label. */
export const badge = (kind: string, text: string): Html =>
  html`<span class="badge badge-${kind}">${text}</span>`;
