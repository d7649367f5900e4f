import { html, type SafeHtml } from './html.js'

/**
 * amazon's `.s-pagination-strip`: Previous, page numbers (the current one a `span.s-pagination-selected`,
 * gaps as `.s-pagination-ellipsis`), Next. Links come from `hrefFor(page)`.
 */
export function paginationStrip(
  page: number,
  totalPages: number,
  hrefFor: (page: number) => string,
): SafeHtml {
  if (totalPages <= 1) return html``
  const shown = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages))
  if (page <= 3) for (let p = 1; p <= Math.min(3, totalPages); p++) shown.add(p)
  const pages = [...shown].sort((a, b) => a - b)
  const items: SafeHtml[] = []
  items.push(
    page > 1
      ? html`<a class="s-pagination-item s-pagination-previous s-pagination-button" role="button" href="${hrefFor(page - 1)}" aria-label="Go to previous page, page ${page - 1}">Previous</a>`
      : html`<span class="s-pagination-item s-pagination-previous s-pagination-disabled" role="button" aria-disabled="true">Previous</span>`,
  )
  pages.forEach((p, i) => {
    const before = pages[i - 1]
    if (before !== undefined && p - before > 1)
      items.push(html`<span class="s-pagination-item s-pagination-ellipsis" aria-hidden="true">…</span>`)
    items.push(
      p === page
        ? html`<span class="s-pagination-item s-pagination-selected" role="button" aria-current="page" aria-label="Page ${p}">${p}</span>`
        : html`<a class="s-pagination-item s-pagination-button" role="button" href="${hrefFor(p)}" aria-label="Go to page ${p}">${p}</a>`,
    )
  })
  items.push(
    page < totalPages
      ? html`<a class="s-pagination-item s-pagination-next s-pagination-button" role="button" href="${hrefFor(page + 1)}" aria-label="Go to next page, page ${page + 1}">Next</a>`
      : html`<span class="s-pagination-item s-pagination-next s-pagination-disabled" role="button" aria-disabled="true">Next</span>`,
  )
  return html`<div class="s-pagination-container" role="navigation" aria-label="pagination"><span class="s-pagination-strip">${items}</span></div>`
}
