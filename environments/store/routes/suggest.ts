import { z } from 'zod'
import { optional, textParam } from '../http/params.js'
import { defineRoute } from '../http/route.js'
import { suggestionList } from '../pages/nav-bar.js'
import { MAX_QUERY_LENGTH } from './search-query.js'

/**
 * `/suggest?q=portble+chargr`: the suggestions for a partial query as a plain HTML fragment (links to
 * the searches); the search box's small script fetches it while the shopper types.
 */
export const suggestRoute = defineRoute<{ q?: string | undefined }>({
  method: 'GET',
  path: '/suggest',
  query: z.object({ q: optional(textParam('q', MAX_QUERY_LENGTH)) }),
  handle({ query }, context) {
    const suggestions = context.app.search.suggest(query.q ?? '')
    return {
      kind: 'html',
      status: 200,
      body:
        suggestionList(suggestions).value ||
        '<div id="sac-autocomplete-results-container" role="listbox"></div>',
    }
  },
})
