import * as cheerio from 'cheerio'
import { describe, expect, it } from 'vitest'
import { el, fromText, named, page, render, select, slug, splitList, text } from './html.js'

describe('slug', () => {
  it.each([
    ['Dolphin $6.99 $6.99', 'dolphin_6_99_6_99'],
    ['Color:', 'color'],
    ['$3.99 $3.99 Cashmere Vanilla (Tassel Ceramic)', '3_99_3_99_cashmere_vanilla_tassel_ceramic'],
    ['Ocean Mist & Sea Salt', 'ocean_mist_sea_salt'],
    ['USB-C  Rechargeable', 'usb_c_rechargeable'],
    ['...', ''],
  ])('%s -> %s', (input, expected) => expect(slug(input)).toBe(expected))
})

describe('render', () => {
  it('joins the names of named ancestors and passes through unnamed ones', () => {
    const html = render(
      named(
        'div',
        'nav_bar',
        {},
        el('form', {}, named('input', 'search_input', { attrs: { value: 'a "b" & c' } })),
      ),
    )
    expect(html).toBe(
      '<div name="nav_bar"><form><input name="nav_bar.search_input" value="a &quot;b&quot; &amp; c"></form></div>',
    )
  })

  it('resets the path under an element whose text-derived name is empty', () => {
    const html = render(
      named('div', 'cart', {}, fromText('div', '', {}, text('a', 'Go to Cart', { name: 'go_to_cart' }))),
    )
    expect(html).toBe('<div name="cart"><div name=""><a name="go_to_cart">Go to Cart</a></div></div>')
  })

  it('writes text before children and escapes it', () => {
    expect(render(named('ul', 'about', { text: 'A < B & C' }, text('li', 'x')))).toBe(
      '<ul name="about">A &lt; B &amp; C<li>x</li></ul>',
    )
  })

  it('puts a split marker between list items only', () => {
    expect(splitList([text('p', '1'), text('p', '2')]).map((n) => n.tag)).toEqual(['p', 'split-marker', 'p'])
  })

  it('rewrites a select the way the extension does', () => {
    const html = render(named('div', 'qty', {}, select('drop_down_list', ['1', '2'], '1')))
    expect(html).toBe(
      '<div name="qty"><select name="qty.drop_down_list"><span name="qty.drop_down_list.open_drop_down_list">1</span>' +
        '<a name="qty.drop_down_list.1" value="1" selected="true">1</a><a name="qty.drop_down_list.2" value="2" selected="false">2</a></select></div>',
    )
  })

  it('makes a document a browser parses back to the same names', () => {
    const html = page(named('div', 'nav_bar', {}, text('div', 'Homepage', { name: 'homepage' })))
    expect(html).toBe(
      '<html><head></head><body><div name="nav_bar"><div name="nav_bar.homepage">Homepage</div></div></body></html>',
    )
    const $ = cheerio.load(html)
    expect(
      $('[name]')
        .toArray()
        .map((e) => $(e).attr('name')),
    ).toEqual(['nav_bar', 'nav_bar.homepage'])
  })
})
