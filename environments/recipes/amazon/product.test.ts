import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../../tests/fixtures.js'
import { simplifyHtml } from '../../simplify/simplify-html.js'
import { AMAZON_RECIPES } from '../index.js'

const simplify = (file: string) =>
  simplifyHtml(readFileSync(fixturePath('amazon', file), 'utf8'), AMAZON_RECIPES, {
    url: 'https://www.amazon.com/dp/B0CVCV33BG',
  })
const guitar = simplify('product-guitar-cable-options.html')
const powerBank = simplify('product-power-bank.html')
const clickTypes = (result: typeof guitar) => new Map(result.elements.map((e) => [e.name, e.clickType]))
const namesUnder = (result: typeof guitar, prefix: string) =>
  result.elements.filter((e) => e.name.startsWith(prefix)).map((e) => e.name.slice(prefix.length))

describe('amazon product recipe on the guitar-cable page (size and style options)', () => {
  const types = clickTypes(guitar)

  it('applies (recognised by #productTitle, whatever the URL) with no warnings', () => {
    expect(guitar.recipe).toBe('amazon-product')
    expect(guitar.warnings).toEqual([])
    expect(guitar.html).toContain(
      '<h1 name="product_title" class="product-name">Rock Stock Guitar Flat Patch Cables',
    )
  })

  it('names every option of both dimensions, the selected ones aria-selected', () => {
    expect(namesUnder(guitar, 'product_options.size.button_list.')).toEqual([
      '2_inches',
      '4_inches',
      '6_inches',
      '12_inches',
      '18_inches',
      '24_inches',
    ])
    expect(namesUnder(guitar, 'product_options.style.button_list.')).toEqual(['c_shape', 's_shape'])
    expect(types.get('product_options.style.button_list.s_shape')).toBe('product_option')
    expect(guitar.html).toContain(
      '<span name="product_options.size.button_list.2_inches" aria-selected="true">',
    )
    expect(guitar.html).toContain(
      '<span name="product_options.style.button_list.s_shape" aria-selected="false">',
    )
  })

  it('names the one-time purchase buttons of the buybox (click type purchase) and the quantity list', () => {
    expect(types.get('buybox.one_time_purchase.purchase_form.add_to_cart')).toBe('purchase')
    expect(types.get('buybox.one_time_purchase.purchase_form.buy_now')).toBe('purchase')
    expect(guitar.html).toContain(
      '<input name="buybox.one_time_purchase.purchase_form.add_to_cart" type="submit" value="Add to Cart" title="Add to Shopping Cart">',
    )
    expect(
      namesUnder(guitar, 'buybox.one_time_purchase.purchase_form.quantity_selector.').slice(0, 3),
    ).toEqual(['open_drop_down_list', '1', '2'])
    expect(guitar.elements.find((e) => e.name === 'buybox.price')?.text).toBe('$17.95')
  })

  it('names the about-this-item bullets and the reviews (click type review)', () => {
    expect(namesUnder(guitar, 'about_this_item.')).toEqual(['0', '1', '2', '3', '4'])
    expect(guitar.elements.find((e) => e.name === 'about_this_item.0')?.text).toMatch(/^SUPERIOR DURABILITY/)
    expect(types.get('product_rating')).toBe('review')
    expect(types.get('customer_reviews')).toBe('review')
    expect(types.get('reviews.0.title')).toBe('review')
    expect(types.get('reviews.0.read_more')).toBe('review')
    expect(types.get('reviews.see_all_reviews')).toBe('review')
    expect(guitar.elements.filter((e) => /^reviews\.\d+$/.test(e.name))).toHaveLength(13)
    expect(guitar.elements.find((e) => e.name === 'reviews.0.author')?.text).toBe('InformationStation')
  })

  it('names the product carousels, their cards and arrows', () => {
    expect(types.get('customers_frequently_viewed.carousel_next_slide')).toBe('page_related')
    const titles = guitar.elements.filter((e) =>
      /^customers_frequently_viewed\.[^.]+\.product_title$/.test(e.name),
    )
    expect(titles.length).toBeGreaterThanOrEqual(6)
    for (const title of titles) expect(title.clickType).toBe('product_link')
  })

  it('fills page_meta with the product, its options and the buybox', () => {
    expect(guitar.pageMeta.product_details).toEqual([
      { asin: 'B0CVCV33BG', title: expect.stringMatching(/^Rock Stock/), price: 17.95, rating: 4.8 },
    ])
    expect(guitar.pageMeta.product_options).toEqual([
      {
        dimension: 'size',
        options: ['2 Inches', '4 Inches', '6 Inches', '12 Inches', '18 Inches', '24 Inches'],
        selected: '2 Inches',
      },
      { dimension: 'style', options: ['C-Shape', 'S-Shape'], selected: 'C-Shape' },
    ])
    expect(guitar.pageMeta.buybox).toEqual([{ price: 17.95, quantity: 1 }])
  })
})

describe('amazon product recipe on the power-bank page (offer accordion, image swatches)', () => {
  const types = clickTypes(powerBank)

  it('finds the purchase form inside the accordion row and still calls the offer one_time_purchase', () => {
    expect(types.get('buybox.one_time_purchase.purchase_form.add_to_cart')).toBe('purchase')
    expect(types.get('buybox.one_time_purchase.purchase_form.buy_now')).toBe('purchase')
  })

  it('names image swatches by their whole text, the image alt first', () => {
    const colors = namesUnder(powerBank, 'product_options.color.button_list.')
    expect(colors).toHaveLength(6)
    expect(colors[0]).toBe('black_35_99_with_22_percent_savings_35_99_45_99_45_99_with_prime_in_stock')
    expect(powerBank.html).toContain(
      `<span name="product_options.color.button_list.${colors[0]}" aria-selected="true">`,
    )
  })

  it('reports the duplicate names of its two "Products related to this item" carousels', () => {
    const duplicates = powerBank.warnings.filter((w) => w.code === 'duplicate_name')
    expect(duplicates.length).toBeGreaterThan(0)
    expect(powerBank.warnings.filter((w) => w.code !== 'duplicate_name')).toEqual([])
    expect(duplicates.map((w) => w.name)).toContain('products_related_to_this_item.carousel_next_slide')
    expect(powerBank.elements.filter((e) => e.name === 'products_related_to_this_item')).toHaveLength(2)
  })

  it('names its eight reviews', () => {
    expect(powerBank.elements.filter((e) => /^reviews\.\d+$/.test(e.name))).toHaveLength(8)
    expect(types.get('reviews.7.title')).toBe('review')
  })
})
