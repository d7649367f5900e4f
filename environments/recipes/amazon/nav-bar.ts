import type { RecipeNode } from '../../simplify/recipe-schema.js'

/** amazon's top bar, on every page: logo, search form, cart and orders links, search suggestions. */
export const navBar: RecipeNode = {
  selector: '#navbar',
  first: true,
  required: true,
  name: { kind: 'fixed', word: 'nav_bar' },
  tag: 'div',
  keep: ['role', 'aria-label'],
  children: [
    {
      selector: '#nav-logo-sprites',
      first: true,
      name: { kind: 'fixed', word: 'homepage' },
      kind: 'clickable',
      keep: ['aria-label', 'href'],
    },
    {
      selector: 'form#nav-search-bar-form',
      first: true,
      required: true,
      keep: ['role'],
      children: [
        {
          selector: '#twotabsearchtextbox',
          first: true,
          required: true,
          name: { kind: 'fixed', word: 'search_input' },
          kind: 'text-input',
          keep: ['type', 'aria-label'],
        },
        {
          selector: '#nav-search-submit-button',
          first: true,
          required: true,
          name: { kind: 'fixed', word: 'search_button' },
          kind: 'clickable',
          keep: ['type', 'value', 'aria-label'],
        },
      ],
    },
    {
      selector: 'a#nav-cart',
      first: true,
      name: { kind: 'fixed', word: 'cart_button' },
      kind: 'clickable',
      keep: ['aria-label', 'href'],
    },
    {
      selector: 'a#nav-orders',
      first: true,
      name: { kind: 'fixed', word: 'order_button' },
      kind: 'clickable',
      keep: ['href'],
    },
    {
      // The suggestion list is attached outside the bar; it belongs to the search box all the same.
      selector: '#sac-autocomplete-results-container',
      global: true,
      first: true,
      name: { kind: 'fixed', word: 'suggested_terms' },
      omitWhenEmpty: true,
      tag: 'div',
      keep: [],
      children: [
        {
          selector: '.s-suggestion',
          name: { kind: 'slug', from: [{ attribute: 'aria-label' }, {}] },
          kind: 'clickable',
          keep: ['role', 'aria-label'],
        },
      ],
    },
  ],
}
