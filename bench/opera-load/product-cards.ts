import { mixSeed, SeededRandom } from '../../traces/seeded-random.js'

// Amazon-like title vocabulary; a few non-ASCII words so UTF-8 decoding is exercised as on real pages.
const BRANDS = [
  'Amazon Basics',
  'Hanes',
  'Utopia',
  'Café Bistro',
  'Bedsure',
  'Anker',
  'OXO',
  'Lodge',
  'Crocs',
  'Gildan',
  'Mighty Patch',
  'Stanley',
  'Rubbermaid',
  'Sterilite',
  'Scotch',
  'Nike',
  'Carhartt',
  'Zinus',
  'Mr. Coffee',
  'Brita',
]
const ADJECTIVES = [
  'Heavy Duty',
  'Premium',
  'Ultra Soft',
  'Lightweight',
  'Stackable',
  'Waterproof',
  'Reusable',
  'Foldable',
  'Non-Stick',
  'Insulated',
  'Adjustable',
  'Breathable',
  'Eco-Friendly',
  'Compact',
  'Extra Large',
]
const MATERIALS = [
  'Cotton',
  'Stainless Steel',
  'Cast Iron',
  'Bamboo',
  'Silicone',
  'Polyester',
  'Corrugated Cardboard',
  'Memory Foam',
  'Ceramic',
  'Borosilicate Glass',
]
const NOUNS = [
  'Moving Boxes',
  'Crew Socks',
  'Bath Towels',
  'Skillet',
  'Water Bottle',
  'Storage Bins',
  'Packing Tape',
  'Hoodie',
  'Mattress Topper',
  'Coffee Maker',
  'Pitcher Filter',
  'Phone Charger',
  'Pimple Patches',
  'Garden Clogs',
  'Tumbler',
]
const FEATURES = [
  'with Handles',
  'for Kitchen & Dining',
  'Dishwasher Safe',
  'BPA Free',
  'Machine Washable',
  '2-Pack',
  'Set of 6',
  'for Men and Women',
  'with Lid',
  'Easy Assembly',
  'Fast Charging',
  'Hydrocolloid™',
  'Leak Proof',
  'Oeko-Tex Certified',
]
const COLORS = [
  'Black',
  'White',
  'Navy',
  'Grey',
  'Sage Green',
  'Red',
  'Dusty Rose',
  'Charcoal',
  'Beige',
  'Blue',
]
const SIZES = [
  'Small',
  'Medium',
  'Large',
  'X-Large',
  '12 Inch',
  '20 oz',
  '40 oz',
  'Queen',
  'King',
  'Pack of 12',
]
const DELIVERY = [
  'FREE delivery Tue, Apr 15',
  'FREE delivery Wed, Apr 16 on $35 of items shipped by Amazon',
  'Or fastest delivery Tomorrow, Apr 14',
  'FREE One-Day Delivery on qualifying orders over $35',
]

export interface SyntheticProduct {
  asin: string
  title: string
  slug: string
  price: string
  rating: string
  reviews: string
  colors: string[]
  sizes: string[]
}

/** OPeRA's name segment from text: lowercase, each run of non-word characters becomes `_`, trimmed. */
export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/\W+/g, '_')
    .replace(/^_+|_+$/g, '')
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;')

/** The product at a position of a session's result list: a pure function of (seed, index). */
export function productAt(seed: number, index: number): SyntheticProduct {
  const rng = new SeededRandom(mixSeed(seed, index))
  const words = [rng.pick(BRANDS), rng.pick(ADJECTIVES), rng.pick(MATERIALS), rng.pick(NOUNS)]
  const features = Array.from({ length: rng.int(1, 4) }, () => rng.pick(FEATURES))
  const title = `${words.join(' ')}, ${features.join(', ')}, ${rng.pick(COLORS)}, ${rng.pick(SIZES)} (${rng.int(1, 99)} Count)`
  const colors = Array.from({ length: rng.int(0, 5) }, () => rng.pick(COLORS))
  const sizes = Array.from({ length: rng.int(0, 4) }, () => rng.pick(SIZES))
  return {
    asin: `B0${rng.hex(8).toUpperCase()}`,
    title,
    slug: slugOf(title),
    price: `$${rng.int(3, 180)}.${String(rng.int(0, 99)).padStart(2, '0')}`,
    rating: `${rng.int(30, 50) / 10} out of 5 stars`,
    reviews: rng.int(3, 95_000).toLocaleString('en-US'),
    colors: [...new Set(colors)],
    sizes: [...new Set(sizes)],
  }
}

export function productUrl(p: SyntheticProduct): string {
  return `https://www.amazon.com/${p.slug.slice(0, 60)}/dp/${p.asin}?URL_MASKED`
}

/** One search result in the simplified-HTML scheme (about 1-2 KB, like the real ones). */
export function searchResultCard(p: SyntheticProduct, prefix: string, seed: number): string {
  const rng = new SeededRandom(mixSeed(seed, 7))
  const name = `${prefix}.${p.slug}`
  const href = escapeAttr(productUrl(p).replace('https://www.amazon.com', ''))
  const title = escapeText(p.title)
  const options = [...p.colors, ...p.sizes]
    .map(
      (o) =>
        `<a name="${name}.options.${slugOf(o)}" role="link" aria-label="${escapeAttr(o)}">${escapeText(o)}</a>`,
    )
    .join('')
  const badge = rng.chance(0.3)
    ? `<span name="${name}.badge">${rng.pick(['Best Seller', "Amazon's Choice", 'Overall Pick', 'Limited time deal'])}</span>`
    : ''
  const bought = rng.chance(0.5) ? `<span>${rng.int(1, 50)}K+ bought in past month</span>` : ''
  return (
    `<div name="${name}" class="search-result" data-asin="${p.asin}">${badge}` +
    `<a name="${name}.product_image" href="${href}"><span alt="${escapeAttr(p.title)}"></span></a>` +
    `<a name="${name}.product_name" class="product-name" href="${href}" title="${escapeAttr(p.title)}">${title}</a>` +
    `<a name="${name}.product_rating" class="product-rating" aria-label="${p.rating}, ${p.reviews} ratings" href="${href}#customerReviews">${p.rating}</a><span>(${p.reviews})</span>${bought}` +
    `<span class="product-price"><span aria-hidden="true">${p.price}</span>List: <span>$${Number(p.price.slice(1)) + 5}</span></span>` +
    (options === '' ? '' : `<div name="${name}.options" class="product-options">${options}</div>`) +
    `<span>${rng.pick(DELIVERY)}</span>` +
    `<a name="${name}.add_to_cart" role="button" type="submit" value="Add to cart">Add to cart</a>` +
    '</div><split-marker></split-marker>'
  )
}

/** A cart line in the cart page's `active_item_list`. */
export function cartItem(p: SyntheticProduct): string {
  const name = `active_item_list.${p.slug}`
  return (
    `<div name="${name}" class="cart-item"><input name="${name}.checkbox" type="checkbox" checked="true">` +
    `<a name="${name}.product_detail" class="product-name">${escapeText(p.title)}</a><span class="product-price">${p.price}</span>` +
    `<a name="${name}.decrease_quantity_by_one" role="button">-</a><span>1</span><a name="${name}.increase_quantity_by_one" role="button">+</a>` +
    `<a name="${name}.delete" role="button" value="Delete">Delete</a><a name="${name}.save_for_later" role="button">Save for later</a></div>`
  )
}
