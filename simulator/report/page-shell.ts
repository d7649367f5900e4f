import { type HtmlValue, html, type SafeHtml, trusted } from './escape-html.js'
import { scriptHashSource } from './report-script.js'
import { REPORT_CSS } from './report-style.js'

export interface PageShellOptions {
  title: string
  /** Shown in the top bar, e.g. a link back to the index. */
  heading: HtmlValue
  body: SafeHtml
  /** Our own inline script; the page's CSP allows it by hash and nothing else. */
  script?: string
}

/**
 * A whole report page. Its Content-Security-Policy is a second wall behind the escaping: scripts only by
 * hash, images and frames only from the report folder, nothing from the network.
 */
export function pageShell(options: PageShellOptions): string {
  const scripts = options.script === undefined ? "'none'" : scriptHashSource(options.script)
  const csp =
    `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-src 'self'; ` +
    `script-src ${scripts}; base-uri 'none'; form-action 'none'`
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body id="top">
<header class="top">${options.heading}</header>
<main>
${options.body}
</main>
${options.script === undefined ? '' : html`<script>${trusted(options.script)}</script>`}
</body>
</html>
`
  return page.value
}
