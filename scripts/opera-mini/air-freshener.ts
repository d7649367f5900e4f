import { asinFor } from './derived-values.js'

/**
 * The product of the 2025-04-03 session. Its cart title is fixed by the real gold id
 * `active_item_list.airkeep_car_air_freshener_ocean_mist_sea_salt_...car_fragrance.product_detail`, and the
 * texts of its colour options by the real `product_options.color.button_list.<slug>` ids: each text below
 * slugs to one of them. Everything else (bullets, reviews, rating, ASINs) is invented.
 */
export interface ScentOption {
  /** The option button's text, as Amazon's inline twister shows it. */
  text: string
  /** The selection label (`Color: <label>`). */
  label: string
  /** The scent as the variant's title names it. */
  scent: string
  price: string
  asin: string
}

function option(text: string, label: string, scent: string, price: string): ScentOption {
  return { text, label, scent, price, asin: asinFor(`airkeep ${label}`) }
}

export const SCENT_OPTIONS: readonly ScentOption[] = [
  option(
    '$3.99 $3.99 ($1.41 per Fl Oz) ($1.41$1.41 / Fl Oz) Ocean Mist & Sea Salt (Tassel Ceramic)',
    'Ocean Mist & Sea Salt (Tassel Ceramic)',
    'Ocean Mist & Sea Salt',
    '$3.99',
  ),
  option(
    '$3.99 $3.99 Cashmere Vanilla (Tassel Ceramic)',
    'Cashmere Vanilla (Tassel Ceramic)',
    'Cashmere Vanilla',
    '$3.99',
  ),
  option('$4.99 $4.99 Cedar Wood (Tassel Ceramic)', 'Cedar Wood (Tassel Ceramic)', 'Cedar Wood', '$4.99'),
  option(
    '$4.99 with 38 percent savings $4.99 $7.99 $7.99 Clean Linen (New)',
    'Clean Linen (New)',
    'Clean Linen',
    '$4.99',
  ),
  option(
    '$7.99 $7.99 ($2.83 per Fl Oz) ($2.83$2.83 / Fl Oz) Cedar Wood (Square Ceramic)',
    'Cedar Wood (Square Ceramic)',
    'Cedar Wood',
    '$7.99',
  ),
  option(
    '$4.99 $4.99 ($1.77 per Fl Oz) ($1.77$1.77 / Fl Oz) Clean Linen (Square Ceramic)',
    'Clean Linen (Square Ceramic)',
    'Clean Linen',
    '$4.99',
  ),
  option(
    '$5.99 with 25 percent savings $5.99 $7.99 $7.99 White Jasmine (Square Ceramic)',
    'White Jasmine (Square Ceramic)',
    'White Jasmine',
    '$5.99',
  ),
]

function scentLabelled(label: string): ScentOption {
  const found = SCENT_OPTIONS.find((o) => o.label === label)
  if (!found) throw new Error(`no scent option labelled ${label}`)
  return found
}

/** The variant in the cart when the session starts (the one whose title the gold cart id embeds). */
export const CART_SCENT = scentLabelled('Ocean Mist & Sea Salt (Tassel Ceramic)')
/** The variant the session ends by adding to the cart (the last colour clicked before add_to_cart). */
export const ADDED_SCENT = scentLabelled('White Jasmine (Square Ceramic)')

export function airFreshenerTitle(scent: string): string {
  return `Airkeep Car Air Freshener, ${scent}, Handmade Scented Ceramic for Drawers and Closets, Air Freshener Gifts for Men Women, Car Fragrance`
}

export const AIR_FRESHENER = {
  rating: '4.2 out of 5 stars',
  ratings: '1,318 ratings',
  delivery: 'FREE delivery Tuesday, April 8 on orders shipped by Amazon over $35',
  bullets: [
    'LONG-LASTING SCENT: each ceramic diffuser is infused with fragrance oil that releases gently for weeks in a car, drawer or closet.',
    'HANDMADE CERAMIC: every piece is shaped and glazed by hand, so small differences in colour and texture are part of its character.',
    'EASY TO REFRESH: when the scent fades, add a few drops of the included refill oil to bring it back.',
    'A SMALL GIFT: arrives in a gift box, a thoughtful present for men and women, for a new car or a housewarming.',
  ],
  reviews: [
    {
      stars: '5.0 out of 5 stars',
      title: 'Smells great and looks cute',
      body: 'Hung it from the rear-view mirror and the car smells fresh without being overpowering.',
    },
    {
      stars: '2.0 out of 5 stars',
      title: 'Scent fades quickly',
      body: 'Lovely at first, but after about a week I could barely smell it. The refill oil helps a little.',
    },
    {
      stars: '4.0 out of 5 stars',
      title: 'Nice little gift',
      body: 'Bought a few in different scents as stocking stuffers. The tassel ones look nicer than the square ones.',
    },
  ],
} as const
