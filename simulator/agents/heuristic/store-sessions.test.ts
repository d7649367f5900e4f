import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BrowserPool, createBrowserPool } from '../../../environments/browser/index.js'
import { openLiveEnvironment } from '../../../environments/live.js'
import type { Product } from '../../../environments/store/catalog/product.js'
import { type Store, startStore } from '../../../environments/store/index.js'
import type { Persona } from '../../../traces/schema/persona.js'
import type { Step } from '../../../traces/schema/step.js'
import type { ShoppingIntent } from '../policy.js'
import { createHeuristicPolicy } from './heuristic-policy.js'
import { namesOf } from './page/read-page.js'
import { personaWith } from './test-contexts.js'

// Real store, real Chromium, the policy's own decisions: observe -> decide -> act, as issue 7's runner will.

let store: Store
let pool: BrowserPool

beforeAll(async () => {
  store = await startStore({ seed: 1, catalogSize: 400 })
  pool = createBrowserPool()
})
afterAll(async () => {
  await pool.close()
  await store.close()
})

interface Shopped {
  steps: Step[]
  /** The store's session id, to read its order log. */
  storeSession: string
  /** Every click or input whose name was not on the page it was taken on. */
  absentNames: string[]
}

async function shop(
  persona: Persona,
  intent: ShoppingIntent,
  seed: number,
  stepLimit = 25,
): Promise<Shopped> {
  const policy = createHeuristicPolicy({ maxSteps: 25 })
  const env = await openLiveEnvironment({ pool, allowlist: [store.url] })
  const steps: Step[] = []
  const absentNames: string[] = []
  try {
    await env.reset(`${store.url}/`)
    for (let index = 0; index < stepLimit; index++) {
      const { observation } = await env.observe()
      const sessionId = `${persona.userId}-${seed}`
      const prediction = await policy.decide({
        sessionId,
        stepIndex: index,
        persona,
        personaMode: 'full',
        intent,
        history: steps,
        observation,
        seed,
      })
      const action = prediction.action ?? { type: 'terminate' as const }
      if ((action.type === 'click' || action.type === 'input') && !namesOf(observation).includes(action.name))
        absentNames.push(action.name)
      steps.push({
        sessionId,
        actionId: String(index),
        index,
        action,
        ...(prediction.clickType ? { clickType: prediction.clickType } : {}),
        observation: {
          ...(observation.url ? { url: observation.url } : {}),
          pageMeta: observation.pageMeta ?? {},
        },
        ...(prediction.rationale ? { rationale: prediction.rationale } : {}),
        errors: [],
      })
      if (action.type === 'terminate') break
      const result = await env.act(action)
      if (result.kind !== 'ok')
        throw new Error(`step ${index}: ${JSON.stringify(action)} -> ${JSON.stringify(result)}`)
    }
    const storeSession = await env.page.evaluate(async () => {
      const response = await fetch('/__shopsim/session')
      return ((await response.json()) as { sessionId: string }).sessionId
    })
    return { steps, storeSession, absentNames }
  } finally {
    await env.close()
  }
}

/** A product whose brand sells no other product of its kind, so the intent names exactly one product. */
function uniqueTargets(): Product[] {
  const products = store.catalog.products
  return products.filter(
    (p) =>
      p.options.length > 0 &&
      p.options[0]?.values.every((v) => v.available) &&
      products.filter((q) => q.brand === p.brand && q.noun === p.noun).length === 1,
  )
}

function intentFor(product: Product): ShoppingIntent {
  const option = product.options[0]
  const value = option?.values[1] ?? option?.values[0]
  const price = (product.priceCents + (value?.priceDeltaCents ?? 0)) / 100
  return {
    instruction: `Buy a ${product.brand} ${product.noun}${value ? ` in ${value.label}` : ''} under $${Math.ceil(price * 1.3)}`,
    query: product.noun.toLowerCase(),
    attributes: [product.brand],
    ...(option && value ? { options: { [option.dimension]: value.label } } : {}),
    priceLimit: Math.ceil(price * 1.3),
  }
}

const decisive = personaWith('decisive', { shopsQuickly: 4, researchesBeforeBuying: 2, seeksValue: 3 })
const researcher = personaWith(
  'researcher',
  { researchesBeforeBuying: 5, shopsQuickly: 1, valuesQuality: 4, seeksValue: 4 },
  { monthlySpendUsd: 300, prime: false },
)
const quick = personaWith(
  'quick',
  { researchesBeforeBuying: 1, shopsQuickly: 5, valuesQuality: 3, seeksValue: 2 },
  { monthlySpendUsd: 300, prime: true },
)

const clicksOf = (steps: Step[], clickType: string) => steps.filter((s) => s.clickType === clickType).length

describe('the heuristic shopper in the embedded store', () => {
  it('completes a purchase of the product a clear intent names, acting only on names on each page', async () => {
    const target = uniqueTargets()[0] as Product
    const intent = intentFor(target)
    const { steps, storeSession, absentNames } = await shop(decisive, intent, 11)
    if (process.env.SHOW_STEPS)
      for (const s of steps) console.error(s.index, JSON.stringify(s.action).slice(0, 120), s.rationale)
    expect(absentNames).toEqual([])
    expect(steps.at(-1)?.action).toEqual({ type: 'terminate' })
    expect(steps.at(-1)?.rationale).toBe("I've placed my order, so I'm done.")
    const orders = store.orders(storeSession)
    expect(orders).toHaveLength(1)
    expect(orders[0]?.items).toEqual([
      expect.objectContaining({
        asin: target.asin,
        options: expect.objectContaining(intent.options),
        quantity: 1,
      }),
    ])
  })

  it('terminates without an order when nothing can satisfy the intent', async () => {
    const intent = { instruction: 'Buy a titanium unicorn saddle under $5', priceLimit: 5 }
    const { steps, storeSession, absentNames } = await shop(decisive, intent, 12)
    expect(absentNames).toEqual([])
    expect(steps.at(-1)?.action).toEqual({ type: 'terminate' })
    expect(steps.length).toBeLessThanOrEqual(6)
    expect(steps.filter((s) => s.action.type === 'input').map((s) => s.action)).toContainEqual(
      expect.objectContaining({ text: 'titanium unicorn saddle' }),
    )
    expect(store.orders(storeSession)).toEqual([])
  })

  it('opens more products and reads more reviews as a researcher than as a quick shopper', async () => {
    const [first, second] = uniqueTargets().slice(1, 3) as [Product, Product]
    const sessions = await Promise.all(
      [researcher, quick].flatMap((persona) =>
        // Six steps tell them apart (a researcher's whole session runs to ~15, a quick shopper's to 6); each
        // step costs a page load, so the sessions stop there.
        [first, second].map((product, i) => shop(persona, intentFor(product), 20 + i, 6)),
      ),
    )
    for (const { absentNames } of sessions) expect(absentNames).toEqual([])
    if (process.env.SHOW_STEPS)
      for (const x of sessions) {
        console.error('---')
        for (const s of x.steps) console.error(s.index, JSON.stringify(s.action).slice(0, 120), s.rationale)
      }
    const [researched, quickly] = [sessions.slice(0, 2), sessions.slice(2)].map((group) => ({
      products: group.reduce((n, s) => n + clicksOf(s.steps, 'product_link'), 0),
      reviews: group.reduce((n, s) => n + clicksOf(s.steps, 'review'), 0),
    })) as [{ products: number; reviews: number }, { products: number; reviews: number }]
    expect(researched.reviews).toBeGreaterThan(quickly.reviews)
    expect(researched.products + researched.reviews).toBeGreaterThan(quickly.products + quickly.reviews)
  })
})
