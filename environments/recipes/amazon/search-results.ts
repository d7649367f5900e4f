import type { PageMetaSpec, RecipeNode } from '../../simplify/recipe-schema.js'

const CARD = '[data-component-type="s-search-result"][data-asin]:not([data-asin=""])'

/** One `search_results.<title>` group per result card, named after the card's h2 title. */
export const searchResults: RecipeNode = {
  selector: '.s-main-slot',
  first: true,
  required: true,
  name: { kind: 'fixed', word: 'search_results' },
  tag: 'div',
  keep: [],
  children: [
    {
      selector: CARD,
      name: { kind: 'slug', from: [{ of: 'h2' }] },
      tag: 'div',
      keep: [],
      semanticClass: 'search-result',
      splitMarker: true,
      meta: {
        asin: { attribute: 'data-asin' },
        title: { of: 'h2' },
        price: { of: '.a-price .a-offscreen', parse: 'price' },
      },
      children: [
        {
          selector: 'img.s-image',
          first: true,
          name: { kind: 'fixed', word: 'product_image' },
          kind: 'clickable',
          keep: ['alt'],
        },
        {
          selector: 'h2',
          first: true,
          name: { kind: 'fixed', word: 'product_name' },
          kind: 'clickable',
          semanticClass: 'product-name',
          keep: [],
        },
        {
          selector: '.a-price .a-offscreen',
          first: true,
          name: { kind: 'fixed', word: 'product_price' },
          tag: 'span',
          semanticClass: 'product-price',
          keep: [],
        },
        {
          selector: '.a-icon:has(.a-icon-alt)',
          first: true,
          name: { kind: 'fixed', word: 'product_rating' },
          kind: 'clickable',
          tag: 'span',
          semanticClass: 'product-rating',
          keep: [],
        },
      ],
    },
  ],
}

export const searchResultsMeta: PageMetaSpec = {
  key: 'search_results',
  selector: CARD,
  fields: {
    asin: { attribute: 'data-asin' },
    title: { of: 'h2' },
    price: { of: '.a-price .a-offscreen', parse: 'price' },
    rating: { of: '.a-icon-alt', parse: 'number' },
    url: { of: 'a:has(h2)', attribute: 'href', parse: 'url' },
  },
}
