import * as cheerio from 'cheerio'

/** How many elements of `html`, parsed as a browser would, carry exactly `name`. */
export function countNamed(html: string, name: string): number {
  const $ = cheerio.load(html)
  // Compared as strings: names hold characters a CSS attribute selector would need escaped.
  return $('[name]').filter((_, element) => $(element).attr('name') === name).length
}

/** Fails the build when a page does not hold its step's target exactly once. */
export function assertSingleTarget(html: string, name: string, where: string): void {
  const count = countNamed(html, name)
  if (count !== 1)
    throw new Error(`${where}: the page has ${count} elements named ${name}, expected exactly 1`)
}
