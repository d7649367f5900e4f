/**
 * The simplified HTML carries no styles of its own. This sheet makes it read like a plain product
 * listing so a screenshot is useful to a person or a model: one system font, the navigation bar as a
 * row, product cards in a grid, controls that look clickable. It never hides named elements except
 * those the page itself marks `aria-hidden`.
 */
export const DEFAULT_STYLESHEET = `
html { background: #fff; color: #111; }
body { margin: 0; padding: 8px 16px; font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
[aria-hidden="true"] { display: none; }
div[role="navigation"], [name="nav_bar"] { display: flex; flex-wrap: wrap; align-items: center; gap: 12px;
  padding: 8px 12px; margin: -8px -16px 12px; background: #232f3e; color: #fff; }
[name="nav_bar"] a, [name="nav_bar"] div { color: #fff; }
form[role="search"] { display: flex; gap: 4px; flex: 1 1 320px; }
input[type="text"], input[type="search"], input:not([type]), textarea { flex: 1; min-width: 160px;
  padding: 5px 8px; border: 1px solid #888; border-radius: 4px; font: inherit; }
button, input[type="submit"], input[type="button"], shopsim-select > span {
  display: inline-block; padding: 4px 10px; margin: 2px; border: 1px solid #a88734; border-radius: 6px;
  background: #f7dfa5; color: #111; font: inherit; cursor: pointer; text-align: left; }
a { color: #0066c0; text-decoration: underline; cursor: pointer; }
ul, ol { padding-left: 0; list-style: none; }
li { margin: 2px 0; list-style: none; }
[name="search_results"], .search-results { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  gap: 12px; }
.product-card, .search-result { border: 1px solid #ddd; border-radius: 6px; padding: 8px; }
.search-result { display: block; }
.product-name, .product-title { font-weight: 600; }
.product-price { display: block; font-size: 16px; color: #b12704; }
.product-rating, .review { color: #555; font-size: 13px; }
.product-options { margin: 8px 0; }
shopsim-select { display: block; margin: 4px 0; }
shopsim-select > a { display: block; padding: 2px 10px; }
shopsim-select > a[selected] { font-weight: 600; }
split-marker { display: block; height: 0; margin: 8px 0; border-top: 1px solid #ddd; }
[name="search_results"] > split-marker, .search-results > split-marker { display: none; }
img { display: inline-block; min-width: 40px; min-height: 40px; background: #eee; }
`
