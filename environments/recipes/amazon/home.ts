import { defineRecipe } from '../../simplify/recipe-schema.js'
import { productCarousels } from './carousels.js'
import { cartSideBar } from './cart-side-bar.js'
import { navBar } from './nav-bar.js'
import { searchTermMeta } from './search-term.js'

export const amazonHome = defineRecipe({
  id: 'amazon-home',
  description: 'home page: grid cards and their links, product carousels',
  match: { paths: ['/'], selectors: ['#gw-card-layout', '#desktop-grid-1'] },
  nodes: [
    navBar,
    cartSideBar,
    {
      selector: '.a-cardui[data-csa-c-type="widget"]:has(h2)',
      name: { kind: 'slug', from: [{ of: 'h2' }] },
      tag: 'div',
      keep: [],
      splitMarker: true,
      children: [
        {
          selector: 'a.a-link-normal[href]',
          name: { kind: 'slug' },
          kind: 'clickable',
          keep: ['href', 'aria-label'],
        },
      ],
    },
    productCarousels,
  ],
  pageMeta: [searchTermMeta],
})
