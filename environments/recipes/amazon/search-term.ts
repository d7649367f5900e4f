import type { PageMetaSpec } from '../../simplify/recipe-schema.js'

/** OPeRA's `search_term`: what the search box holds (empty on most pages). */
export const searchTermMeta: PageMetaSpec = {
  key: 'search_term',
  selector: '#twotabsearchtextbox',
  first: true,
  fields: { term: { attribute: 'value' } },
}
