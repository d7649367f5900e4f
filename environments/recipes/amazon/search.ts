import { defineRecipe } from '../../simplify/recipe-schema.js'
import { cartSideBar } from './cart-side-bar.js'
import { navBar } from './nav-bar.js'
import { pagination, refinements, sortBy } from './refinements.js'
import { searchResults, searchResultsMeta } from './search-results.js'
import { searchTermMeta } from './search-term.js'

export const amazonSearch = defineRecipe({
  id: 'amazon-search',
  description: 'search results: result cards, refinements, sort order, pagination',
  match: {
    paths: ['/s'],
    pathPrefixes: ['/s'],
    selectors: ['[data-component-type="s-search-result"]'],
  },
  nodes: [navBar, cartSideBar, refinements, sortBy, searchResults, pagination],
  pageMeta: [searchTermMeta, searchResultsMeta],
})
