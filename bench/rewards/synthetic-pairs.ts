import type { GoldAction } from '../../rewards/parse/parse-gold.js'
import { SeededRandom } from '../../traces/seeded-random.js'

export interface Pair {
  completion: string
  gold: GoldAction
}

const SECTIONS = [
  'search_results',
  'product_options',
  'refinements',
  'nav_bar',
  'buybox',
  'reviews',
  'cart_side_bar',
]
const WORDS = [
  'airkeep',
  'car',
  'air',
  'freshener',
  'ocean',
  'mist',
  'sea',
  'salt',
  'ceramic',
  'bike',
  'tail',
  'light',
  'shimano',
  'grx',
  'lever',
  'left',
  'brake',
  'shift',
  'waterproof',
  'rechargeable',
  'usb',
  'led',
  'red',
  'cedar',
  'wood',
  'square',
  'tassel',
  'vanilla',
  'cashmere',
  'clean',
  'linen',
  '3',
  '99',
  '7',
  '4',
  'per',
  'fl',
  'oz',
  'pack',
  'of',
  '2',
  'for',
  'men',
  'women',
  'gifts',
  'handmade',
  'scented',
]
const CONTROLS = ['product_detail', 'add_to_cart', 'button_list', 'product_name', 'checkbox', 'go_to_cart']
const MAX_NAME = 300

/** An OPeRA-like semantic id: section, a product title of up to ~40 words, a control; at most 300 chars. */
function name(random: SeededRandom): string {
  const title = Array.from({ length: random.int(1, 40) }, () => random.pick(WORDS)).join('_')
  return `${random.pick(SECTIONS)}.${title}.${random.pick(CONTROLS)}`.slice(0, MAX_NAME)
}

/** A prediction near the gold: same, a few words dropped or swapped, or something else entirely. */
function nearby(random: SeededRandom, gold: string): string {
  const roll = random.next()
  if (roll < 0.3) return gold
  if (roll < 0.7) {
    const parts = gold.split('_')
    return parts
      .filter(() => !random.chance(0.15))
      .map((w) => (random.chance(0.05) ? random.pick(WORDS) : w))
      .join('_')
  }
  return name(random)
}

function query(random: SeededRandom): string {
  return Array.from({ length: random.int(2, 8) }, () => random.pick(WORDS)).join(' ')
}

/** Deterministic pairs: 65% clicks, 25% inputs, 10% terminates; 5% of outputs broken; 10% wrong type. */
export function* syntheticPairs(seed: number, count: number): Generator<Pair> {
  const random = new SeededRandom(seed)
  for (let i = 0; i < count; i++) {
    const roll = random.next()
    const gold: GoldAction =
      roll < 0.65
        ? { type: 'click', name: name(random) }
        : roll < 0.9
          ? { type: 'input', name: 'nav_bar.search_input', text: query(random) }
          : { type: 'terminate' }
    const predType = random.chance(0.1) ? random.pick(['click', 'type_and_submit', 'terminate']) : gold.type
    const action: Record<string, string> = { type: predType === 'input' ? 'type_and_submit' : predType }
    if (predType === 'click') action.name = gold.name ? nearby(random, gold.name) : name(random)
    if (predType === 'input' || predType === 'type_and_submit') {
      action.name = 'nav_bar.search_input'
      action.text = gold.text
        ? nearby(random, gold.text.replaceAll(' ', '_')).replaceAll('_', ' ')
        : query(random)
    }
    const rationale = `I want ${query(random)} so I will ${predType} now.`
    let completion = JSON.stringify({ rationale, action }, null, 2)
    if (random.chance(0.05)) completion = completion.slice(0, random.int(0, completion.length - 1))
    yield { completion, gold }
  }
}
