import type { SearchPage } from '../search/catalog-search.js'
import { RESULTS_PER_PAGE, type SearchState, SORT_KEYS, SORT_LABELS } from '../search/search-state.js'
import { count } from './format.js'
import { html, type SafeHtml } from './html.js'
import { layout } from './layout.js'
import type { NavContext } from './nav-bar.js'
import { suggestionList } from './nav-bar.js'
import { paginationStrip } from './pagination-strip.js'
import { refinementsPanel } from './refinements-panel.js'
import { resultCard } from './result-card.js'
import { searchStateInputs } from './search-state-inputs.js'
import { searchUrl } from './urls.js'

/** The sort dropdown: a GET form (with a Go button when scripts are off) that keeps the other refinements. */
function sortForm(state: SearchState): SafeHtml {
  return html`<form class="s-sort-form aok-inline-block a-spacing-none" method="get" action="/s">
  ${searchStateInputs(state, ['sort'])}
  <span class="a-dropdown-container">
    <label for="s-result-sort-select" class="a-native-dropdown">Sort by:</label>
    <select id="s-result-sort-select" name="s" class="a-native-dropdown" aria-label="Sort by:" data-auto-submit="true">
      ${SORT_KEYS.map((key) => html`<option value="${key}"${key === state.sort ? html` selected` : ''}>${SORT_LABELS[key]}</option>`)}
    </select>
  </span>
  <noscript><input class="s-sort-go" type="submit" value="Go" /></noscript>
</form>`
}

function resultsSummary(result: SearchPage): SafeHtml {
  const { state, total } = result
  const first = total === 0 ? 0 : (state.page - 1) * RESULTS_PER_PAGE + 1
  const last = Math.min(total, state.page * RESULTS_PER_PAGE)
  const shown = result.correctedKeywords ?? state.keywords
  return html`<span>${total === 0 ? 'No results' : html`${count(first)}-${count(last)} of ${count(total)} results`}${
    shown.trim() === '' ? '' : html` for <span class="a-color-state a-text-bold">"${shown}"</span>`
  }</span>`
}

export function searchPage(
  result: SearchPage,
  nav: NavContext,
  now: Date,
  suggestions: readonly string[],
): string {
  const { state } = result
  const correction =
    result.correctedKeywords === undefined
      ? ''
      : html`<div class="s-spell-correction a-spacing-small">Showing results for
          <a class="a-link-normal" href="${searchUrl(state, { keywords: result.correctedKeywords })}"><span class="a-text-bold">${result.correctedKeywords}</span></a>.
          You searched for <span class="a-text-italic">${state.keywords}</span>.</div>`
  const noResults =
    result.total === 0
      ? html`<div class="s-no-results a-section">
          <h2 class="a-size-medium">No results for <span class="a-color-state">${state.keywords}</span>.</h2>
          <p>Try checking your spelling, use more general terms or remove a filter.</p>
          ${suggestions.length > 0 ? html`<div class="s-did-you-mean"><span class="a-text-bold">Did you mean:</span>${suggestionList(suggestions)}</div>` : ''}
        </div>`
      : ''
  const body = html`<div id="search" class="s-search-page">
  <span data-component-type="s-result-info-bar" class="rush-component">
    <div class="s-desktop-toolbar a-section">
      <h1 class="a-size-base s-desktop-toolbar a-text-normal"><div class="s-breadcrumb">${resultsSummary(result)}</div></h1>
      <div class="s-desktop-sort-container">${sortForm(state)}</div>
    </div>
  </span>
  <div class="s-desktop-width-max s-desktop-content sg-row">
    <div class="sg-col-4-of-24 s-refinements-col">${refinementsPanel(state, result.facets)}</div>
    <div class="sg-col-20-of-24 s-main-col">
      ${correction}
      ${noResults}
      <span data-component-type="s-search-results" class="rush-component">
        <div class="s-main-slot s-result-list s-search-results sg-row" role="list">
          ${result.items.map((product, i) => resultCard(product, (state.page - 1) * RESULTS_PER_PAGE + i + 1, now))}
        </div>
      </span>
      ${paginationStrip(state.page, result.totalPages, (page) => searchUrl(state, { page }))}
    </div>
  </div>
</div>`
  const title =
    state.keywords.trim() === '' ? 'shopsim.store: All products' : `shopsim.store : ${state.keywords}`
  return layout({ title, nav, body, pageClass: 'page-search' })
}
