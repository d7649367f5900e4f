import { defineRecipe, type RecipeNode } from '../../simplify/recipe-schema.js'
import { productCarousels } from './carousels.js'
import { cartSideBar } from './cart-side-bar.js'
import { navBar } from './nav-bar.js'
import { searchTermMeta } from './search-term.js'

const TWISTER_ROW = '[id^="inline-twister-row-"]'
const DIMENSION_LABEL = '.dimension-text .a-color-secondary'

/** `product_options.<dimension>.button_list.<option>`: one row per dimension of the twister. */
const productOptions: RecipeNode = {
  selector: '#twister_feature_div',
  first: true,
  name: { kind: 'fixed', word: 'product_options' },
  tag: 'div',
  keep: [],
  semanticClass: 'product-options',
  children: [
    {
      selector: TWISTER_ROW,
      name: { kind: 'slug', from: [{ of: DIMENSION_LABEL }] },
      tag: 'div',
      keep: [],
      children: [
        {
          selector: 'ul.a-button-list',
          first: true,
          name: { kind: 'fixed', word: 'button_list' },
          tag: 'div',
          keep: ['role'],
          children: [
            {
              selector: 'li',
              keep: [],
              children: [
                {
                  // Image swatches repeat their button as a fallback copy: one per list item.
                  selector: 'span.a-button',
                  first: true,
                  name: { kind: 'slug' },
                  kind: 'clickable',
                  keep: [],
                  selectedWhen: '.a-button-selected',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}

/**
 * The one-time offer's form, wherever amazon puts it in the buybox (alone, or in one row of an offer
 * accordion): OPeRA names it `buybox.one_time_purchase.purchase_form`.
 */
const buybox: RecipeNode = {
  selector: '#buybox',
  first: true,
  required: true,
  name: { kind: 'fixed', word: 'buybox' },
  tag: 'div',
  keep: [],
  children: [
    {
      selector: '#corePrice_feature_div .a-offscreen',
      global: true,
      first: true,
      name: { kind: 'fixed', word: 'price' },
      tag: 'span',
      semanticClass: 'product-price',
      keep: [],
    },
    {
      selector: 'form#addToCart:has(#add-to-cart-button)',
      first: true,
      required: true,
      name: { kind: 'fixed', word: 'one_time_purchase.purchase_form' },
      tag: 'form',
      keep: [],
      children: [
        {
          selector: 'select#quantity',
          first: true,
          name: { kind: 'fixed', word: 'quantity_selector' },
          kind: 'select',
          keep: [],
        },
        {
          selector: '#add-to-cart-button',
          first: true,
          required: true,
          name: { kind: 'fixed', word: 'add_to_cart' },
          kind: 'clickable',
          keep: ['type', 'value', 'title'],
        },
        {
          selector: '#buy-now-button',
          first: true,
          name: { kind: 'fixed', word: 'buy_now' },
          kind: 'clickable',
          keep: ['type', 'value', 'title'],
        },
      ],
    },
  ],
}

const ratingSummary: RecipeNode[] = [
  {
    selector: '#averageCustomerReviews #acrPopover',
    first: true,
    name: { kind: 'fixed', word: 'product_rating' },
    kind: 'clickable',
    tag: 'span',
    semanticClass: 'product-rating',
    keep: ['title'],
  },
  {
    selector: '#averageCustomerReviews a#acrCustomerReviewLink',
    first: true,
    name: { kind: 'fixed', word: 'customer_reviews' },
    kind: 'clickable',
    keep: ['href'],
  },
]

const aboutThisItem: RecipeNode = {
  selector: '#feature-bullets',
  first: true,
  name: { kind: 'fixed', word: 'about_this_item' },
  tag: 'ul',
  keep: [],
  semanticClass: 'product-details',
  children: [{ selector: 'li', name: { kind: 'index' }, tag: 'li', keep: [] }],
}

/** `reviews.<index>.{author, rating, title, body, read_more}` and `reviews.see_all_reviews`. */
const reviews: RecipeNode = {
  selector: '#customerReviews',
  first: true,
  name: { kind: 'fixed', word: 'reviews' },
  tag: 'div',
  keep: [],
  children: [
    {
      selector: '[data-hook="review"]',
      name: { kind: 'index' },
      tag: 'div',
      keep: [],
      semanticClass: 'review',
      splitMarker: true,
      children: [
        { selector: '.a-profile-name', first: true, name: { kind: 'fixed', word: 'author' }, keep: [] },
        {
          selector: '[data-hook$="review-star-rating"] .a-icon-alt',
          first: true,
          name: { kind: 'fixed', word: 'rating' },
          semanticClass: 'product-rating',
          keep: [],
        },
        {
          // The 2026 layout wraps an h5[data-hook="reviewTitle"] in the link instead.
          selector: 'a[data-hook="review-title"], a:has(> [data-hook="reviewTitle"])',
          first: true,
          name: { kind: 'fixed', word: 'title' },
          kind: 'clickable',
          keep: ['href'],
        },
        {
          selector: '[data-hook="review-body"], [data-hook="reviewRichContentContainer"]',
          first: true,
          name: { kind: 'fixed', word: 'body' },
          keep: [],
        },
        {
          selector: '[data-hook="expand-collapse-read-more-less"]',
          first: true,
          name: { kind: 'fixed', word: 'read_more' },
          kind: 'clickable',
          keep: ['role', 'aria-label'],
        },
      ],
    },
    {
      selector: 'a[data-hook="see-all-reviews-link-foot"]',
      first: true,
      name: { kind: 'fixed', word: 'see_all_reviews' },
      kind: 'clickable',
      keep: ['href'],
    },
  ],
}

export const amazonProduct = defineRecipe({
  id: 'amazon-product',
  description: 'product page: title, rating, options (twister), buybox, about this item, reviews, carousels',
  match: { selectors: ['#productTitle', '#titleBlock'] },
  nodes: [
    navBar,
    cartSideBar,
    {
      selector: 'span#productTitle, #titleBlock #title',
      first: true,
      required: true,
      name: { kind: 'fixed', word: 'product_title' },
      tag: 'h1',
      semanticClass: 'product-name',
      keep: [],
    },
    ...ratingSummary,
    productOptions,
    buybox,
    aboutThisItem,
    reviews,
    productCarousels,
  ],
  pageMeta: [
    searchTermMeta,
    {
      key: 'product_details',
      selector: 'body',
      first: true,
      fields: {
        asin: { of: 'input#ASIN', attribute: 'value' },
        title: { of: 'span#productTitle' },
        price: { of: '#corePrice_feature_div .a-offscreen', parse: 'price' },
        rating: { of: '#acrPopover', attribute: 'title', parse: 'number' },
      },
    },
    {
      key: 'product_options',
      selector: TWISTER_ROW,
      fields: {
        dimension: { of: DIMENSION_LABEL, parse: 'slug' },
        options: { of: 'ul.a-button-list li', many: true },
        selected: { of: '.a-button-selected' },
      },
    },
    {
      key: 'buybox',
      selector: '#buybox',
      first: true,
      fields: {
        price: { of: '#corePrice_feature_div .a-offscreen', parse: 'price' },
        quantity: { of: '#quantity', attribute: 'value', parse: 'integer' },
      },
    },
  ],
})
