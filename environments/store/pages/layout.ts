import { html, type SafeHtml } from './html.js'
import { type NavContext, navBar } from './nav-bar.js'

export interface PageShell {
  title: string
  nav: NavContext
  body: SafeHtml
  /** A class on <body> so the stylesheet can tell page kinds apart. */
  pageClass: string
  /** Rendered after the page, above it (the add-to-cart side sheet). */
  overlay?: SafeHtml
}

/** The document every page shares: head, nav bar, content, footer. */
export function layout(page: PageShell): string {
  return html`<!doctype html>
<html lang="en-us">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${page.title}</title>
<link rel="stylesheet" href="/static/store.css" />
<link rel="icon" href="data:," />
<script src="/static/store.js" defer></script>
</head>
<body class="${page.pageClass}">
<div id="a-page">
${navBar(page.nav)}
<div id="store-main" class="a-container">
${page.body}
</div>
<div id="navFooter" class="navLeftFooter" role="contentinfo">
  <a id="navBackToTop" href="#"><span class="navFooterBackToTopText">Back to top</span></a>
  <div class="navFooterVerticalColumn">
    <div class="navFooterLinkCol"><div class="navFooterColHead">Get to Know Us</div><ul><li><a href="/">About shopsim</a></li><li><a href="/">Careers</a></li></ul></div>
    <div class="navFooterLinkCol"><div class="navFooterColHead">Let Us Help You</div><ul><li><a href="/orders">Your Orders</a></li><li><a href="/cart">Your Cart</a></li></ul></div>
  </div>
  <div class="navFooterLine">shopsim.store is a simulated shop for research; nothing here is for sale.</div>
</div>
</div>
${page.overlay}
</body>
</html>`.value
}
