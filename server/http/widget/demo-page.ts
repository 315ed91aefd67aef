import { createHash } from 'node:crypto'

const DEMO_PAGE_STYLE = `
body { font: 1.0625rem/1.6 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 2rem 1rem 8rem; color: #1d2430; background: #fff; }
code { display: block; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 8px; background: #eef1f5; }
@media (prefers-color-scheme: dark) { body { color: #e6e9ef; background: #12161d; } code { background: #232a35; } }
`

/** Lets the page's one <style> through its CSP by hash, so style-src needs no 'unsafe-inline'. */
export const DEMO_PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(DEMO_PAGE_STYLE).digest('base64')}'`

/**
 * `GET /`: a stand-in for a clinic's own website, embedding the widget exactly
 * as a clinic does, with one script tag, so `npm start` shows the product.
 */
export function renderDemoPage(widgetScriptUrl: string): string {
  const snippet = `<script src="${widgetScriptUrl}" async></script>`.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Demo clinic website</title>
<link rel="icon" href="data:,">
<style>${DEMO_PAGE_STYLE}</style>
</head>
<body>
<header><p>Demo clinic website</p></header>
<main>
<h1>Welcome to our clinic</h1>
<p>This page stands in for a clinic's own website. The round button in the corner is the FAQ chat widget: open it and ask a question about the clinic, or pick one of the suggested questions.</p>
<h2>Embedding it on a clinic's site</h2>
<p>One line, anywhere in the page${widgetScriptUrl.startsWith('/') ? " (put this server's public address before /widget.js; set PUBLIC_URL and this page shows it)" : ''}:</p>
<code>${snippet}</code>
</main>
<script src="/widget.js" async></script>
</body>
</html>
`
}
