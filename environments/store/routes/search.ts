import { OPTION_DIMENSIONS } from '../catalog/product.js'
import { errorReply, htmlReply } from '../http/reply.js'
import { defineRoute } from '../http/route.js'
import { searchPage } from '../pages/search-page.js'
import type { SearchState } from '../search/search-state.js'
import { type SearchQuery, SearchQuerySchema } from './search-query.js'

export const searchRoute = defineRoute<SearchQuery>({
  method: 'GET',
  path: /^\/s(?:\/[^/]*)?$/,
  query: SearchQuerySchema,
  handle({ query }, context) {
    const { catalog, search } = context.app
    const department = query.i === undefined || query.i === 'all' ? undefined : query.i
    if (department !== undefined && !catalog.department(department))
      return errorReply(
        400,
        `There is no department "${department}"; use one of: ${catalog.departments.map((d) => d.slug).join(', ')}.`,
      )
    const state: SearchState = {
      keywords: query.k ?? query['field-keywords'] ?? '',
      department,
      brands: query.brand ?? [],
      options: Object.fromEntries(
        OPTION_DIMENSIONS.map((d) => [d, query[d] ?? []]),
      ) as SearchState['options'],
      minRating: query.rating,
      lowPriceCents: query['low-price'],
      highPriceCents: query['high-price'],
      prime: query.prime === '1',
      sort: query.s ?? 'relevanceblender',
      page: query.page ?? 1,
    }
    const outcome = search.run(state)
    if (outcome.kind === 'beyond-last-page')
      return errorReply(
        404,
        `Page ${state.page} does not exist: this search has ${outcome.totalPages} page${outcome.totalPages === 1 ? '' : 's'}.`,
      )
    const suggestions =
      outcome.total === 0 && state.keywords.trim() !== '' ? search.suggest(state.keywords) : []
    const nav = context.nav({ keywords: state.keywords, department })
    return htmlReply(searchPage(outcome, nav, context.now(), suggestions))
  },
})
