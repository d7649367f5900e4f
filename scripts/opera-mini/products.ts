import { asinFor } from './derived-values.js'

/** A product as pages show it. Titles of invented products are plausible, not real listings. */
export interface Product {
  title: string
  asin: string
  price: string
  rating: string
  ratings: string
  delivery: string
}

/** An invented product: its ASIN is derived from its title so it stays the same across runs. */
export function product(
  title: string,
  price: string,
  rating: string,
  ratings: string,
  delivery: string,
): Product {
  return { title, asin: asinFor(title), price, rating, ratings, delivery }
}

/** Cents of a `$1,234.56` price, so sums are exact. */
export function cents(price: string): number {
  const match = /^\$([\d,]+)\.(\d\d)$/.exec(price)
  if (!match) throw new Error(`${price} is not a $d.dd price`)
  return Number((match[1] ?? '').replace(/,/g, '')) * 100 + Number(match[2])
}

export function dollars(amount: number): string {
  // Grouping by hand: toLocaleString depends on the ICU data Node was built with.
  const whole = String(Math.floor(amount / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `$${whole}.${String(amount % 100).padStart(2, '0')}`
}

/** The product URL as OPeRA stores it: the query string masked. */
export function productUrl(asin: string): string {
  return `https://www.amazon.com/dp/${asin}?URL_MASKED`
}

/** A product link as page_meta records it: the page's relative href, its query masked. */
export function productHref(asin: string): string {
  return `/dp/${asin}?URL_MASKED`
}
