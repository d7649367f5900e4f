import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../browser/launch.js'
import { defineRecipe, type Recipe, type RecipeNode } from './recipe-schema.js'
import { elementMetaFor } from './render-matches.js'
import { simplifyHtml } from './simplify-html.js'
import { NAME_ATTRIBUTE, nameSelector, simplifyPage } from './simplify-page.js'

let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  // As replay renders pages: no JavaScript, no network.
  context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 600 } })
  page = await context.newPage()
  await page.route('**/*', (route) => route.abort())
})

afterAll(async () => {
  await browser?.close()
})

function recipeOf(nodes: RecipeNode[], extra: Partial<Recipe> = {}): Recipe {
  return defineRecipe({ id: 'test', description: 'test', match: { fallback: true }, nodes, ...extra })
}

/** The same HTML through both executors; their names and HTML must agree. */
async function both(html: string, recipes: Recipe[]) {
  await page.setContent(html)
  const live = await simplifyPage(page, recipes)
  const offline = simplifyHtml(html, recipes)
  expect(live.html).toBe(offline.html)
  expect(live.elements.map((e) => [e.name, e.tag, e.text, e.clickType])).toEqual(
    offline.elements.map((e) => [e.name, e.tag, e.text, e.clickType]),
  )
  expect(live.pageMeta).toEqual(offline.pageMeta)
  expect(live.elementMeta).toEqual(offline.elementMeta)
  return { live, offline }
}

const names = (result: { elements: { name: string }[] }) => result.elements.map((e) => e.name)

describe('naming', () => {
  it('joins fixed words, indexes and text slugs into dotted paths; unnamed nodes keep the prefix', async () => {
    const html = `<div id="nav"><form role="search"><input id="q" type="text" value="tent">
      <input id="go" type="submit" value="Go"></form></div>
      <ul id="bullets"><li>First point</li><li>Second point</li></ul>
      <div class="card"><h2>Dolphin $6.99 $6.99</h2></div>`
    const recipe = recipeOf([
      {
        selector: '#nav',
        name: { kind: 'fixed', word: 'nav_bar' },
        children: [
          {
            selector: 'form',
            keep: ['role'],
            children: [
              { selector: '#q', name: { kind: 'fixed', word: 'search_input' }, kind: 'text-input' },
              { selector: '#go', name: { kind: 'fixed', word: 'search_button' }, kind: 'clickable' },
            ],
          },
        ],
      },
      {
        selector: '#bullets',
        name: { kind: 'fixed', word: 'about_this_item' },
        children: [{ selector: 'li', name: { kind: 'index' } }],
      },
      {
        selector: '.card',
        name: { kind: 'fixed', word: 'search_results' },
        children: [{ selector: 'h2', name: { kind: 'slug' }, kind: 'clickable' }],
      },
    ])
    const { live } = await both(html, [recipe])
    expect(names(live)).toEqual([
      'nav_bar',
      'nav_bar.search_input',
      'nav_bar.search_button',
      'about_this_item',
      'about_this_item.0',
      'about_this_item.1',
      'search_results',
      'search_results.dolphin_6_99_6_99',
    ])
    expect(live.html).toContain(
      '<div name="nav_bar"><form role="search"><input name="nav_bar.search_input" type="text" value="tent">',
    )
    const clickTypes = Object.fromEntries(live.elements.map((e) => [e.name, e.clickType]))
    expect(clickTypes['nav_bar.search_input']).toBe('search')
    expect(clickTypes['nav_bar.search_button']).toBe('search')
    expect(clickTypes['about_this_item.0']).toBeUndefined()
    expect(clickTypes['search_results.dolphin_6_99_6_99']).toBe('product_link')
  })

  it('takes slugs from attributes, sub-elements, the previous sibling and the parent, first non-empty wins', async () => {
    const html = `<section data-kind="Brand Filters"><h3 role="heading">Customer Reviews</h3>
      <ul><li><a aria-label="Four stars" href="/s?r=4"><i><span class="alt"></span></i> &amp; Up</a></li></ul></section>`
    const recipe = recipeOf([
      {
        selector: 'ul',
        name: { kind: 'slug', from: [{ relation: 'previous-sibling', of: '[role="heading"]' }] },
        children: [
          {
            selector: 'a',
            name: { kind: 'slug', from: [{ of: '.alt' }, { attribute: 'aria-label' }] },
            kind: 'clickable',
            children: [
              { selector: 'i', name: { kind: 'slug', from: [{ relation: 'parent', attribute: 'href' }] } },
            ],
          },
        ],
      },
    ])
    const { live } = await both(html, [recipe])
    expect(names(live)).toEqual([
      'customer_reviews',
      'customer_reviews.four_stars',
      'customer_reviews.four_stars.s_r_4',
    ])
  })

  it('reads `value` as typed in form controls and as the attribute elsewhere, in both executors', async () => {
    const html = '<ul><li value="7">Seven</li><li>None</li></ul><button value="b1">B</button>'
    const recipe = recipeOf([
      {
        selector: 'li, button',
        name: { kind: 'slug', from: [{ attribute: 'value' }, {}] },
        kind: 'clickable',
      },
    ])
    const { live } = await both(html, [recipe])
    expect(names(live)).toEqual(['7', 'none', 'b1'])
  })

  it('gives name="" for empty text, which resets the path of the children, also when nested', async () => {
    const html = `<div id="box"><div class="wrap"><span class="label">  </span>
      <input name="proceed" type="submit" value="Proceed"><div class="inner"><b>Deep</b></div></div></div>`
    const recipe = recipeOf([
      {
        selector: '#box',
        name: { kind: 'fixed', word: 'cart' },
        children: [
          {
            selector: '.wrap',
            name: { kind: 'slug', from: [{ of: '.label' }] },
            children: [
              { selector: 'input', name: { kind: 'fixed', word: 'check_out' }, kind: 'clickable' },
              {
                selector: '.inner',
                name: { kind: 'fixed', word: 'more' },
                children: [
                  {
                    selector: 'b',
                    name: { kind: 'reset' },
                    children: [],
                  },
                ],
              },
              {
                selector: '.inner',
                name: { kind: 'reset' },
                children: [{ selector: 'b', name: { kind: 'slug' } }],
              },
            ],
          },
        ],
      },
    ])
    const { live } = await both(html, [recipe])
    expect(names(live)).toEqual(['cart', 'check_out', 'more', 'deep'])
    expect(live.html).toContain('<div name=""><input name="check_out" type="submit" value="Proceed">')
    expect(live.elements.find((e) => e.name === 'check_out')?.clickType).toBe('purchase')
  })

  it('keeps long and non-ASCII titles whole', async () => {
    const title = `Crème Brûlée Torch – ${'Professional Kitchen Butane Blow Torch '.repeat(8)}™`
    const html = `<div class="card"><h2>${title}</h2></div>`
    const recipe = recipeOf([{ selector: '.card h2', name: { kind: 'slug' }, kind: 'clickable' }])
    const { live } = await both(html, [recipe])
    const name = names(live)[0] ?? ''
    expect(name.startsWith('cr_me_br_l_e_torch_professional_kitchen')).toBe(true)
    expect(name.length).toBeGreaterThan(310)
    expect(live.elements[0]?.text).toBe(title.trim())
  })

  it('keeps duplicate names, reports them and marks both, the first in document order first', async () => {
    const html = `<div class="card" id="a"><h2>Same Title</h2></div><div class="card" id="b"><h2>Same Title</h2></div>`
    const recipe = recipeOf([
      { selector: '.card', name: { kind: 'slug', from: [{ of: 'h2' }] }, splitMarker: true, children: [] },
    ])
    const { live, offline } = await both(html, [recipe])
    expect(names(live)).toEqual(['same_title', 'same_title'])
    for (const result of [live, offline])
      expect(result.warnings).toEqual([
        {
          code: 'duplicate_name',
          name: 'same_title',
          count: 2,
          message: expect.stringContaining('the first'),
        },
      ])
    const marked = page.locator(nameSelector('same_title'))
    expect(await marked.count()).toBe(2)
    expect(await marked.first().getAttribute('id')).toBe('a')
  })
})

describe('rendering', () => {
  it('copies only kept attributes, adds the semantic class, overrides tags and separates list items', async () => {
    const html = `<ul id="list"><li onclick="x()" data-x="1" title="One" aria-label="first" style="color:red">One</li>
      <li title="Two">Two</li><li title="Three">Three</li></ul><img id="pic" src="/a.jpg" alt="A picture">`
    const recipe = recipeOf([
      {
        selector: '#list',
        name: { kind: 'fixed', word: 'list' },
        children: [
          {
            selector: 'li',
            name: { kind: 'slug' },
            tag: 'a',
            semanticClass: 'product-name',
            splitMarker: true,
          },
        ],
      },
      { selector: '#pic', name: { kind: 'fixed', word: 'product_image' }, kind: 'clickable', keep: ['alt'] },
    ])
    const { live } = await both(html, [recipe])
    expect(live.html).toBe(
      '<html><head></head><body><ul name="list">' +
        '<a name="list.one" class="product-name" title="One" aria-label="first">One</a><split-marker></split-marker>' +
        '<a name="list.two" class="product-name" title="Two">Two</a><split-marker></split-marker>' +
        '<a name="list.three" class="product-name" title="Three">Three</a></ul>' +
        '<img name="product_image" alt="A picture"></body></html>',
    )
    expect(live.elements.find((e) => e.name === 'product_image')?.text).toBe('A picture')
  })

  it('renders a select as an opener span and one link per option, and marks the options', async () => {
    const html = `<select id="quantity" aria-label="Quantity"><option value="1">1</option>
      <option value="2" selected>2</option><option value="10+">10 or more</option></select>`
    const recipe = recipeOf([
      { selector: '#quantity', name: { kind: 'fixed', word: 'quantity_selector' }, kind: 'select' },
    ])
    const { live } = await both(html, [recipe])
    expect(live.html).toContain(
      '<select name="quantity_selector" aria-label="Quantity"><span name="quantity_selector.open_drop_down_list">2</span>' +
        '<a name="quantity_selector.1" value="1" selected="false">1</a>' +
        '<a name="quantity_selector.2" value="2" selected="true">2</a>' +
        '<a name="quantity_selector.10_or_more" value="10+" selected="false">10 or more</a></select>',
    )
    expect(names(live)).toEqual([
      'quantity_selector.open_drop_down_list',
      'quantity_selector.1',
      'quantity_selector.2',
      'quantity_selector.10_or_more',
    ])
    expect(await page.locator(nameSelector('quantity_selector.10_or_more')).getAttribute('value')).toBe('10+')
    expect(await page.locator(nameSelector('quantity_selector.open_drop_down_list')).getAttribute('id')).toBe(
      'quantity',
    )
    // The browser reads the live state; offline, the first option is selected when none says so.
    await page.selectOption('#quantity', '10+')
    const after = await simplifyPage(page, [recipe])
    expect(after.html).toContain('<a name="quantity_selector.10_or_more" value="10+" selected="true">')
    const offline = simplifyHtml(html.replace(' selected', ''), [recipe])
    expect(offline.html).toContain('<a name="quantity_selector.1" value="1" selected="true">')
  })

  it('shows a text input`s current value and a checkbox`s checked state (live in the page)', async () => {
    const html = `<input id="q" type="text" value="tent"><input id="pick" type="checkbox" checked>
      <input id="other" type="radio">`
    const recipe = recipeOf([
      { selector: '#q', name: { kind: 'fixed', word: 'search_input' }, kind: 'text-input' },
      { selector: '#pick', name: { kind: 'fixed', word: 'checkbox' }, kind: 'toggle' },
      { selector: '#other', name: { kind: 'fixed', word: 'other' }, kind: 'toggle' },
    ])
    const { live } = await both(html, [recipe])
    expect(live.html).toContain('<input name="search_input" type="text" value="tent">')
    expect(live.html).toContain('<input name="checkbox" type="checkbox" checked="true">')
    expect(live.html).toContain('<input name="other" type="radio" checked="false">')
    await page.fill('#q', 'moving boxes')
    await page.uncheck('#pick')
    const after = await simplifyPage(page, [recipe])
    expect(after.html).toContain('value="moving boxes"')
    expect(after.html).toContain('<input name="checkbox" type="checkbox" checked="false">')
    expect(after.elements.find((e) => e.name === 'checkbox')?.clickType).toBe('cart_page_select')
  })

  it('marks the selected option of a list with aria-selected', async () => {
    const html = `<ul><li class="opt sel">Red</li><li class="opt">Blue</li></ul>`
    const recipe = recipeOf([
      { selector: '.opt', name: { kind: 'slug' }, kind: 'clickable', selectedWhen: '.sel', keep: [] },
    ])
    const { live } = await both(html, [recipe])
    expect(live.html).toContain(
      '<li name="red" aria-selected="true">Red</li><li name="blue" aria-selected="false">',
    )
  })

  it('leaves out containers marked omitWhenEmpty when nothing inside matched', async () => {
    const html = `<div id="s"></div><div id="t"><a class="x">Go</a></div>`
    const recipe = recipeOf([
      {
        selector: '#s',
        name: { kind: 'fixed', word: 'empty' },
        omitWhenEmpty: true,
        children: [{ selector: 'a' }],
      },
      {
        selector: '#t',
        name: { kind: 'fixed', word: 'full' },
        omitWhenEmpty: true,
        children: [{ selector: 'a', name: { kind: 'slug' } }],
      },
    ])
    const { live } = await both(html, [recipe])
    expect(names(live)).toEqual(['full', 'full.go'])
  })

  it('reads text without scripts and styles, images as their alt, blocks apart', async () => {
    const html = `<div id="t"><script>var x = 1</script><style>.a{}</style><img alt="black">
      <div>$35.99</div><div>With Prime</div><span>In</span><span>line</span></div>`
    const recipe = recipeOf([{ selector: '#t', name: { kind: 'slug' }, kind: 'clickable' }])
    const { live } = await both(html, [recipe])
    expect(live.elements[0]).toMatchObject({
      name: 'black_35_99_with_prime_inline',
      text: 'black $35.99 With Prime Inline',
    })
  })
})

describe('layout and marks (in the page)', () => {
  it('reads boxes in CSS px relative to the viewport, visibility and whether the element is in view', async () => {
    const html = `<style>.gone{display:none}</style>
      <button id="a" style="position:absolute;left:10px;top:20px;width:100px;height:30px">A</button>
      <button id="b" class="gone">B</button><button id="c" style="display:none">C</button>
      <button id="d" style="position:absolute;left:0;top:2000px">D</button><div style="height:4000px"></div>`
    const recipe = recipeOf([{ selector: 'button', name: { kind: 'slug' }, kind: 'clickable' }])
    await page.setContent(html)
    const live = await simplifyPage(page, [recipe])
    const byName = Object.fromEntries(live.elements.map((e) => [e.name, e]))
    expect(byName.a).toMatchObject({
      box: { x: 10, y: 20, width: 100, height: 30 },
      visible: true,
      inViewport: true,
    })
    expect(byName.b).toMatchObject({ visible: false })
    expect(byName.c).toMatchObject({ visible: false })
    expect(byName.d).toMatchObject({ visible: true, inViewport: false })
    await page.evaluate(() => window.scrollTo(0, 1900))
    const scrolled = await simplifyPage(page, [recipe])
    expect(scrolled.elements.find((e) => e.name === 'd')).toMatchObject({ inViewport: true })
    expect(scrolled.elements.find((e) => e.name === 'd')?.box?.y).toBeCloseTo(100, 0)

    // Offline there is no layout: no boxes, and only inline styles or `hidden` hide an element.
    const offline = simplifyHtml(html, [recipe])
    const offlineByName = Object.fromEntries(offline.elements.map((e) => [e.name, e]))
    expect(offlineByName.a?.box).toBeUndefined()
    expect(offlineByName.b?.visible).toBe(true)
    expect(offlineByName.c?.visible).toBe(false)
  })

  it('marks the real elements with their names and clears the marks of the previous observation', async () => {
    await page.setContent('<a class="p" id="one">First</a><a class="p" id="two">Second</a>')
    const recipe = recipeOf([{ selector: 'a.p', name: { kind: 'slug' }, kind: 'clickable' }])
    await simplifyPage(page, [recipe])
    expect(await page.locator('#one').getAttribute(NAME_ATTRIBUTE)).toBe('first')
    await page.evaluate(() => document.querySelector('#one')?.classList.remove('p'))
    const again = await simplifyPage(page, [recipe])
    expect(names(again)).toEqual(['second'])
    expect(await page.locator('#one').getAttribute(NAME_ATTRIBUTE)).toBeNull()
    expect(await page.locator(nameSelector('second')).textContent()).toBe('Second')
    await simplifyPage(page, [recipe], { mark: false })
    expect(await page.locator(nameSelector('second')).count()).toBe(1)
  })
})

describe('bad pages never throw', () => {
  it('names what it can on malformed HTML', async () => {
    const html = '<div id="nav"><a href="/">Home<div><span>Cart</a></div></p></td><b><i>Orders</b></i>'
    const recipe = recipeOf([
      {
        selector: '#nav',
        name: { kind: 'fixed', word: 'nav_bar' },
        children: [{ selector: 'a', name: { kind: 'slug' }, kind: 'clickable' }],
      },
    ])
    const { live } = await both(html, [recipe])
    expect(names(live)).toContain('nav_bar.home')
    expect(live.warnings).toEqual([])
  })

  it('reports a selector the CSS engine rejects, a missing landmark and a page no recipe fits', async () => {
    const recipe = recipeOf([
      { selector: 'div:nth-child(', name: { kind: 'fixed', word: 'broken' } },
      { selector: '#absent', required: true, name: { kind: 'fixed', word: 'buybox' } },
      { selector: 'p', name: { kind: 'fixed', word: 'text' } },
    ])
    const { live, offline } = await both('<p>Hello</p>', [recipe])
    for (const result of [live, offline]) {
      expect(names(result)).toEqual(['text'])
      expect(result.warnings.map((w) => w.code).sort()).toEqual(['missing_landmark', 'selector_error'])
    }
    const picky = recipeOf([{ selector: 'p' }], { match: { selectors: ['#never'] } })
    const none = await both('<p>Hello</p>', [picky])
    expect(none.live.recipe).toBeNull()
    expect(none.live.html).toBe('<html><head></head><body></body></html>')
    expect(none.live.warnings.map((w) => w.code)).toEqual(['no_recipe'])
    // A forced recipe applies whatever its matcher says.
    expect(simplifyHtml('<p>Hello</p>', [picky], { recipe: 'test' }).recipe).toBe('test')
  })

  it('returns a page_error warning when the page is gone', async () => {
    const closing = await context.newPage()
    await closing.close()
    const result = await simplifyPage(closing, [recipeOf([{ selector: 'p' }])])
    expect(result.warnings.map((w) => w.code)).toEqual(['page_error'])
    expect(result.elements).toEqual([])
  })
})

describe('recipe choice and metadata', () => {
  it('picks the first recipe whose landmark is on the page, else the fallback', async () => {
    const product = recipeOf([{ selector: 'h1', name: { kind: 'fixed', word: 'product_title' } }], {
      id: 'product',
      match: { selectors: ['#productTitle'] },
    })
    const any = recipeOf([{ selector: 'p', name: { kind: 'fixed', word: 'any' } }], { id: 'any' })
    expect((await both('<h1 id="productTitle">X</h1>', [product, any])).live.recipe).toBe('product')
    expect((await both('<p>y</p>', [product, any])).live.recipe).toBe('any')
  })

  it('records element_meta per named element, found again from descendants, and page_meta per key', async () => {
    const html = `<input id="q" value="tent"><div class="card" data-asin="B01"><h2>Trail Tent</h2>
      <span class="price">$1,099.50</span><i class="stars">4.5 out of 5 stars</i><a href="/dp/B01">link</a>
      <ul><li>Green</li><li>Blue</li></ul></div>`
    const recipe = recipeOf(
      [
        {
          selector: '.card',
          name: { kind: 'slug', from: [{ of: 'h2' }] },
          meta: { asin: { attribute: 'data-asin' }, price: { of: '.price', parse: 'price' } },
          children: [{ selector: 'h2', name: { kind: 'fixed', word: 'product_name' }, kind: 'clickable' }],
        },
      ],
      {
        pageMeta: [
          { key: 'search_term', selector: '#q', first: true, fields: { term: { attribute: 'value' } } },
          {
            key: 'search_results',
            selector: '.card',
            fields: {
              asin: { attribute: 'data-asin' },
              title: { of: 'h2' },
              price: { of: '.price', parse: 'price' },
              rating: { of: '.stars', parse: 'number' },
              url: { of: 'a', attribute: 'href', parse: 'url' },
              colors: { of: 'li', many: true },
              missing: { of: '.nothing' },
            },
          },
        ],
      },
    )
    const { offline } = await both(html, [recipe])
    expect(offline.elementMeta).toEqual({ trail_tent: { asin: 'B01', price: 1099.5 } })
    expect(elementMetaFor('trail_tent.product_name', offline.elementMeta)).toEqual({
      asin: 'B01',
      price: 1099.5,
    })
    expect(elementMetaFor('elsewhere', offline.elementMeta)).toBeUndefined()
    const withUrl = simplifyHtml(html, [recipe], { url: 'https://www.amazon.com/s?k=tent' })
    expect(withUrl.pageMeta).toEqual({
      search_term: [{ term: 'tent' }],
      search_results: [
        {
          asin: 'B01',
          title: 'Trail Tent',
          price: 1099.5,
          rating: 4.5,
          url: 'https://www.amazon.com/dp/B01',
          colors: ['Green', 'Blue'],
          missing: null,
        },
      ],
    })
  })

  it('finds global nodes anywhere in the document while naming them under their parent', async () => {
    const html =
      '<div id="nav"><input id="q"></div><div id="flyout"><div class="s-suggestion">moving boxes</div></div>'
    const recipe = recipeOf([
      {
        selector: '#nav',
        name: { kind: 'fixed', word: 'nav_bar' },
        children: [
          {
            selector: '#flyout',
            global: true,
            name: { kind: 'fixed', word: 'suggested_terms' },
            children: [{ selector: '.s-suggestion', name: { kind: 'slug' }, kind: 'clickable' }],
          },
        ],
      },
    ])
    const { live } = await both(html, [recipe])
    expect(live.elements.at(-1)).toMatchObject({
      name: 'nav_bar.suggested_terms.moving_boxes',
      clickType: 'suggested_term',
    })
  })
})
