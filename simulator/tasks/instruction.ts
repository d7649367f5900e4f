import type { TaskChange } from '../../traces/schema/index.js'
import type { ProductSpec } from './match-products.js'

const money = (dollars: number) => `$${dollars.toFixed(2)}`

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** "a Portable Charger", "an Air Fryer", "Wireless Earbuds" (plural nouns take no article). */
function withArticle(noun: string): string {
  if (/[^s]s$/i.test(noun)) return noun
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
}

function describeOptions(options: Readonly<Record<string, string>>): string {
  return Object.entries(options)
    .map(([dimension, value]) => `${dimension} ${value}`)
    .join(', ')
}

/** The words a shopper is given: what to buy, what it must have, which options and the budget. */
export function describeSpec(spec: ProductSpec): string {
  const parts = [`Buy ${withArticle(spec.productType)}`]
  if (spec.attributes.length > 0) parts.push(`with ${listed(spec.attributes)}`)
  const options = describeOptions(spec.options)
  let sentence = parts.join(' ')
  if (options !== '') sentence += `, in ${options}`
  if (spec.priceLimit !== undefined) sentence += `, for ${money(spec.priceLimit)} or less`
  return `${sentence}.`
}

const CHANGE_WORDS = {
  option: (before, after) => {
    const changed = Object.entries(after.options).find(([d, v]) => before.options[d] !== v)
    return changed ? `I want ${changed[0]} ${changed[1]} instead of ${before.options[changed[0]]}.` : ''
  },
  price: (_before, after) => `my budget is now ${money(after.priceLimit ?? 0)}.`,
} satisfies Record<TaskChange['kind'], (before: ProductSpec, after: ProductSpec) => string>

/** The words of a change of plan, followed by the whole new instruction so it stands on its own. */
export function describeChange(kind: TaskChange['kind'], before: ProductSpec, after: ProductSpec): string {
  return `Change of plan: ${CHANGE_WORDS[kind](before, after)} ${describeSpec(after)}`
}
