import type { PurchasedProduct } from './fixture.js'
import { type Product, product } from './products.js'

/** The user's real purchases that appear on pages as distractors (titles and ASINs from products-user-*.json). */
export const ROCKBROS_TAIL_LIGHT_ASIN = 'B0BCK29WBT'
export const LUMIERE_SADDLE_BAG_ASIN = 'B0BP69X89N'

/** A real purchased product with invented display details; its real price is kept when it has one. */
export function realProduct(
  purchases: readonly PurchasedProduct[],
  asin: string,
  fallbackPrice: string,
  details: { rating: string; ratings: string; delivery: string },
): Product {
  const found = purchases.find((p) => p.asin === asin)
  if (!found) throw new Error(`the products fixture has no purchase with ASIN ${asin}`)
  return { title: found.title, asin, price: found.price ?? fallbackPrice, ...details }
}

const DELIVERY = 'FREE delivery Mon, Apr 14 on $35 of items shipped by Amazon'

export function lumiereSaddleBag(purchases: readonly PurchasedProduct[]): Product {
  return realProduct(purchases, LUMIERE_SADDLE_BAG_ASIN, '$19.56', {
    rating: '4.5 out of 5 stars',
    ratings: '2,147 ratings',
    delivery: DELIVERY,
  })
}

export const FRAME_BAG = product(
  'Velocore Bike Frame Bag, Waterproof Top Tube Bag with Touch-Screen Phone Holder, Cycling Storage Pouch for Road and Mountain Bikes',
  '$15.99',
  '4.3 out of 5 stars',
  '864 ratings',
  DELIVERY,
)

/** Results for "Specialized Flashback Bicycle Tail Light": page 1 (with one real title) and page 2. */
export function tailLightResults(purchases: readonly PurchasedProduct[]): [Product[], Product[]] {
  const rockbros = realProduct(purchases, ROCKBROS_TAIL_LIGHT_ASIN, '$21.99', {
    rating: '4.4 out of 5 stars',
    ratings: '6,532 ratings',
    delivery: DELIVERY,
  })
  const page1 = [
    product(
      'Specialized Flashback Taillight, Rechargeable Rear Bike Light with Daytime Flash Mode',
      '$40.00',
      '4.6 out of 5 stars',
      '212 ratings',
      DELIVERY,
    ),
    rockbros,
    product(
      'Specialized Stix Sport Taillight, USB Rechargeable Rear Bicycle Light, Black',
      '$30.00',
      '4.5 out of 5 stars',
      '389 ratings',
      DELIVERY,
    ),
    product(
      'VeloGlow Smart Bike Tail Light, Auto Brake Sensing Rear Light, IPX6 Waterproof, USB-C Rechargeable',
      '$18.99',
      '4.3 out of 5 stars',
      '1,206 ratings',
      DELIVERY,
    ),
    product(
      'Lumintrail Bike Tail Light 2 Pack, Ultra Bright Red LED Rear Bicycle Light, 5 Light Modes',
      '$12.99',
      '4.4 out of 5 stars',
      '3,871 ratings',
      DELIVERY,
    ),
    product(
      'Specialized Flux 250R Taillight, Rechargeable Bicycle Rear Light with Brake Light Function',
      '$65.00',
      '4.7 out of 5 stars',
      '97 ratings',
      DELIVERY,
    ),
  ]
  const page2 = [
    product(
      'Specialized Stix Switch Combo Light Set, Front and Rear Rechargeable Bike Lights',
      '$45.00',
      '4.5 out of 5 stars',
      '154 ratings',
      DELIVERY,
    ),
    product(
      'Cyclexa Radar Tail Light, Rear-View Radar Bike Light with Vehicle Alerts',
      '$89.99',
      '4.1 out of 5 stars',
      '433 ratings',
      DELIVERY,
    ),
    product(
      'VeloGlow Mini Bike Light Set, Front and Rear USB Rechargeable Bicycle Lights',
      '$16.99',
      '4.4 out of 5 stars',
      '2,015 ratings',
      DELIVERY,
    ),
    product(
      'Lumintrail Seatpost Bike Light, 100 Lumen Rechargeable Rear Light with Clip Mount',
      '$14.49',
      '4.2 out of 5 stars',
      '678 ratings',
      DELIVERY,
    ),
    product(
      'Specialized Flashback Taillight Replacement Mount, Seatpost Bracket',
      '$8.00',
      '4.0 out of 5 stars',
      '41 ratings',
      DELIVERY,
    ),
    product(
      'Cyclexa COB LED Tail Light, Waterproof Helmet and Backpack Light, Red',
      '$9.99',
      '4.3 out of 5 stars',
      '1,122 ratings',
      DELIVERY,
    ),
  ]
  return [page1, page2]
}

/** The product page of the 2025-04-14 session (invented; a model's output on the real page names the lever). */
export const GRX_LEVER = {
  ...product(
    'SHIMANO GRX ST-RX400 Left Dual Control Lever, 2x10-Speed Hydraulic Disc Brake Shifter for Gravel Bikes',
    '$119.99',
    '4.7 out of 5 stars',
    '128 ratings',
    'FREE delivery Thursday, April 17',
  ),
  searchTerm: 'shimano grx rx400 left shifter',
  styles: ['Left Lever (2x10-Speed)', 'Right Lever (10-Speed)'],
  bullets: [
    'Hydraulic disc brake and 2x10-speed shifting in one lever, made for gravel and adventure riding.',
    'Ergonomic hood shape with a textured grip for control on rough roads.',
    'Compatible with SHIMANO GRX 10-speed front derailleurs.',
  ],
  reviews: [
    {
      stars: '5.0 out of 5 stars',
      title: 'Crisp shifting, strong brakes',
      body: 'Installed it on my gravel bike in an afternoon. Bleeding was straightforward.',
    },
    {
      stars: '4.0 out of 5 stars',
      title: 'Good value',
      body: 'Works as expected. The hoods are a bit wide for small hands.',
    },
  ],
} as const

/** Cards of recommendation carousels (home page, added-to-cart page). */
export const RECOMMENDED = [
  product(
    'Velocore Bike Phone Mount, Handlebar Phone Holder for 4.7-6.8 inch Phones',
    '$13.99',
    '4.4 out of 5 stars',
    '5,902 ratings',
    DELIVERY,
  ),
  product(
    'Trailhand Padded Cycling Gloves, Half Finger Bike Gloves for Men and Women',
    '$17.99',
    '4.5 out of 5 stars',
    '2,310 ratings',
    DELIVERY,
  ),
  product(
    'Velocore Mini Bike Pump with Gauge, Presta and Schrader Valve Frame Pump',
    '$21.99',
    '4.6 out of 5 stars',
    '7,448 ratings',
    DELIVERY,
  ),
  product(
    'Lumintrail Bike Bell, Loud Aluminum Handlebar Bell for Adults',
    '$7.99',
    '4.4 out of 5 stars',
    '1,530 ratings',
    DELIVERY,
  ),
] as const
