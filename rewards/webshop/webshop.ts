/** What a simulated store sold: the product's type, attributes, chosen options and price. */
export interface WebshopPurchase {
  productType?: string
  attributes: readonly string[]
  options: Readonly<Record<string, string>>
  price: number
}

/** What the task asked for (WebShop's goal). */
export interface WebshopTask {
  productType?: string
  attributes: readonly string[]
  options: Readonly<Record<string, string>>
  priceUpperBound: number
}

export interface WebshopScore {
  reward: number
  success: boolean
  typeMatch: boolean
  matchedAttributes: number
  matchedOptions: number
  priceOk: boolean
}

const normalise = (value: string): string => value.trim().toLowerCase()

/**
 * reward = type_match × (matched attributes + matched options + price_ok) / (n_attributes + n_options + 1);
 * success when reward = 1. Comparison ignores case and surrounding space.
 */
export function webshopReward(purchase: WebshopPurchase, task: WebshopTask): WebshopScore {
  const typeMatch =
    task.productType === undefined ||
    (purchase.productType !== undefined && normalise(purchase.productType) === normalise(task.productType))
  const bought = new Set(purchase.attributes.map(normalise))
  const matchedAttributes = task.attributes.filter((a) => bought.has(normalise(a))).length
  const chosen = new Map(Object.entries(purchase.options).map(([k, v]) => [normalise(k), normalise(v)]))
  const optionEntries = Object.entries(task.options)
  const matchedOptions = optionEntries.filter(([k, v]) => chosen.get(normalise(k)) === normalise(v)).length
  const priceOk = purchase.price <= task.priceUpperBound
  const denominator = task.attributes.length + optionEntries.length + 1
  const reward = typeMatch ? (matchedAttributes + matchedOptions + (priceOk ? 1 : 0)) / denominator : 0
  return { reward, success: reward === 1, typeMatch, matchedAttributes, matchedOptions, priceOk }
}
