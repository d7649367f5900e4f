import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AMAZON_RECIPES } from '../../../environments/recipes/index.js'
import { simplifyHtml } from '../../../environments/simplify/simplify-html.js'
import { fixturePath, PROJECT_ROOT } from '../../../tests/fixtures.js'
import { openOperaDataset } from '../../../traces/opera/index.js'
import type { LikertKey, Persona } from '../../../traces/schema/persona.js'
import type { DecisionContext } from '../policy.js'

/**
 * Decision contexts for tests: every step of data/opera-mini (with its persona, history and gold action), and
 * the real amazon.com pages of the shared fixtures simplified by the amazon recipes.
 */
export async function operaMiniContexts(seed = 1): Promise<DecisionContext[]> {
  const dataset = await openOperaDataset(join(PROJECT_ROOT, 'data', 'opera-mini'))
  const contexts: DecisionContext[] = []
  for await (const session of dataset.sessions()) {
    const persona = session.persona ?? dataset.users.get(session.userId)
    for (const step of session.steps)
      contexts.push({
        sessionId: session.id,
        stepIndex: step.index,
        ...(persona ? { persona } : {}),
        personaMode: 'full',
        history: session.steps.slice(0, step.index),
        observation: step.observation,
        gold: { action: step.action, ...(step.clickType ? { clickType: step.clickType } : {}) },
        seed,
      })
  }
  return contexts
}

const AMAZON_PAGES = [
  { file: 'search-portable-charger.html', url: 'https://www.amazon.com/s?k=portable+charger' },
  { file: 'product-power-bank.html', url: 'https://www.amazon.com/dp/B0CB1FW4QL' },
  { file: 'product-guitar-cable-options.html', url: 'https://www.amazon.com/dp/B07QH5ZM2R' },
] as const

export function amazonFixtureContexts(seed = 1): DecisionContext[] {
  return AMAZON_PAGES.map(({ file, url }) => {
    const page = simplifyHtml(readFileSync(fixturePath('amazon', file), 'utf8'), AMAZON_RECIPES, { url })
    return {
      sessionId: `amazon-${file}`,
      stepIndex: 0,
      personaMode: 'none',
      history: [],
      observation: { url, html: page.html, pageMeta: page.pageMeta },
      seed,
    }
  })
}

/** A persona with the given survey scores (1-5) and nothing else, for shoppers with a clear temperament. */
export function personaWith(
  userId: string,
  scores: Partial<Record<LikertKey, number>>,
  shopping: Persona['shopping'] = {},
): Persona {
  const likert = Object.fromEntries(
    Object.entries(scores).map(([key, score]) => [key, { answer: String(score), score }]),
  ) as Persona['likert']
  return { userId, demographics: {}, shopping, likert, bigFive: {} }
}
