import type { Department } from '../catalog/catalog.js'
import { count } from './format.js'
import { html, type SafeHtml } from './html.js'

export interface NavContext {
  /** The current search, kept in the search box. */
  keywords: string
  department: string | undefined
  cartCount: number
  departments: readonly Department[]
}

/**
 * amazon's nav bar landmarks (environments/recipes/LANDMARKS.md): #navbar, #nav-logo-sprites,
 * form#nav-search-bar-form with #twotabsearchtextbox and #nav-search-submit-button, #nav-orders, #nav-cart.
 */
export function navBar(nav: NavContext): SafeHtml {
  const items = nav.cartCount
  return html`<header id="navbar-main" class="nav-opt-sprite">
  <div id="navbar" role="navigation" aria-label="Primary">
    <div id="nav-belt">
      <div class="nav-left">
        <div id="nav-logo">
          <a id="nav-logo-sprites" class="nav-logo-link" href="/" aria-label="shopsim home"
            ><span class="nav-logo-base">shopsim</span><span class="nav-logo-locale">.store</span></a
          >
        </div>
        <div id="nav-global-location-slot">
          <span class="nav-line-1">Deliver to</span>
          <span class="nav-line-2">Springfield 12345</span>
        </div>
      </div>
      <div class="nav-fill" id="nav-fill-search">
        <div id="nav-search">
          <form id="nav-search-bar-form" class="nav-searchbar" name="site-search" role="search" action="/s" method="GET">
            <div class="nav-left">
              <label class="aok-offscreen" for="searchDropdownBox">Select the department you want to search in</label>
              <select id="searchDropdownBox" class="nav-search-dropdown" name="i" title="Search in">
                <option value=""${nav.department === undefined ? ' selected' : ''}>All</option>
                ${nav.departments.map(
                  (d) =>
                    html`<option value="${d.slug}"${d.slug === nav.department ? html` selected` : ''}>${d.name}</option>`,
                )}
              </select>
            </div>
            <div class="nav-fill">
              <div class="nav-search-field">
                <label class="aok-offscreen" for="twotabsearchtextbox">Search shopsim</label>
                <input id="twotabsearchtextbox" class="nav-input" type="text" name="field-keywords" value="${nav.keywords}"
                  autocomplete="off" placeholder="Search shopsim" role="searchbox" aria-label="Search shopsim" maxlength="200" />
              </div>
              <div id="nav-flyout-searchAjax" class="nav-flyout" aria-live="polite"></div>
            </div>
            <div class="nav-right">
              <div class="nav-search-submit">
                <input id="nav-search-submit-button" class="nav-input" type="submit" value="Go" aria-label="Go" />
              </div>
            </div>
          </form>
        </div>
      </div>
      <div class="nav-right">
        <div id="nav-tools">
          <a id="nav-link-accountList" class="nav-a" href="/orders"
            ><span class="nav-line-1">Hello, shopper</span><span class="nav-line-2">Account &amp; Lists</span></a
          >
          <a id="nav-orders" class="nav-a" href="/orders"
            ><span class="nav-line-1">Returns</span><span class="nav-line-2">&amp; Orders</span></a
          >
          <a id="nav-cart" class="nav-a" href="/cart" aria-label="${count(items)} item${items === 1 ? '' : 's'} in cart"
            ><span id="nav-cart-count-container"
              ><span id="nav-cart-count" class="nav-cart-count">${count(items)}</span
              ><span class="nav-cart-icon" aria-hidden="true"></span></span
            ><span class="nav-line-2">Cart</span></a
          >
        </div>
      </div>
    </div>
    <div id="nav-main">
      <div id="nav-xshop">
        <ul class="nav-ul">
          <li class="nav-li"><a class="nav-a" href="/s?k=">All</a></li>
          <li class="nav-li"><a class="nav-a" href="/">Today's Deals</a></li>
          ${nav.departments.map((d) => html`<li class="nav-li"><a class="nav-a" href="/s?k=&amp;i=${d.slug}">${d.name}</a></li>`)}
        </ul>
      </div>
    </div>
  </div>
</header>`
}

/**
 * Search suggestions as amazon marks them: `.s-suggestion` with the term in `aria-label`. The same
 * markup is the body of `/suggest?q=` (which the page's small script fetches while typing).
 */
export function suggestionList(suggestions: readonly string[]): SafeHtml {
  if (suggestions.length === 0) return html``
  return html`<div id="sac-autocomplete-results-container" class="autocomplete-results-container" role="listbox">
  ${suggestions.map(
    (term) =>
      html`<div class="s-suggestion-container"><a class="s-suggestion s-suggestion-ellipsis-direction" role="option"
        aria-label="${term}" href="/s?k=${encodeURIComponent(term)}">${term}</a></div>`,
  )}
</div>`
}
