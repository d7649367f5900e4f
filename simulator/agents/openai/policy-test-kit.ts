import type { DecisionContext } from '../policy.js'
import type { PolicyClock } from './clock.js'
import type { PromptRenderer } from './create-openai-policy.js'

/** Shared by the policy tests: contexts, a renderer whose prompt is just the page, a clock that never waits. */

export const PAGE_HTML =
  '<html><body><input name="nav_bar.search_input" value=""><button name="buybox.add_to_cart">Add</button></body></html>'

export function decisionContext(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return {
    sessionId: 'session-1',
    stepIndex: 0,
    personaMode: 'none',
    history: [],
    observation: { url: 'https://www.amazon.com/dp/B000', html: PAGE_HTML },
    seed: 7,
    ...overrides,
  }
}

/** A renderer for tests where the prompt's wording does not matter: the page HTML as the user message. */
export const pageOnlyRenderer: PromptRenderer = async (context) => ({
  messages: [
    { role: 'system', content: 'Answer with JSON: {"rationale": ..., "action": ...}.' },
    { role: 'user', content: context.observation.html ?? '' },
  ],
  cut: ['older pages'],
  estimatedTokens: 10,
})

/** Records every wait instead of sleeping, and tells a fixed time. */
export function recordingClock(nowMs = Date.UTC(2030, 0, 1)): PolicyClock & { waits: number[] } {
  const waits: number[] = []
  return {
    waits,
    now: () => nowMs,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted()
      waits.push(ms)
    },
  }
}
