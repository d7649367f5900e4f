import type { CoreAction } from '../../traces/schema/action.js'
import { classifyClick } from '../../traces/schema/click-type.js'
import type { Prediction } from '../../traces/schema/prediction.js'
import { SeededRandom } from '../../traces/seeded-random.js'
import { renderAssistantTarget } from '../prompts/index.js'
import { decisionSeed } from './heuristic/decision-seed.js'
import { type NamedElement, readPage } from './heuristic/page/read-page.js'
import type { DecisionContext, Policy } from './policy.js'

const NOT_TEXT = new Set(['checkbox', 'radio', 'submit', 'button', 'image', 'hidden', 'reset', 'file'])

/** Where text can go: a text input, a textarea, or a search box. */
function takesText(element: NamedElement): boolean {
  if (element.tag === 'textarea') return true
  if (element.tag === 'input') return !NOT_TEXT.has((element.attributes.type ?? 'text').toLowerCase())
  return element.name.endsWith('search_input')
}

export interface RandomPolicyOptions {
  seed?: number
}

/**
 * The lower baseline: an action type drawn uniformly among those the page allows (click, input, terminate),
 * then a name drawn uniformly among the page's names (text boxes for input, with a word of the page as text).
 */
export function createRandomPolicy(options: RandomPolicyOptions = {}): Policy {
  const seed = options.seed ?? 0
  return {
    name: 'random',
    dialect: 'input',
    async decide(context: DecisionContext): Promise<Prediction> {
      const started = performance.now()
      const rng = new SeededRandom(decisionSeed(context.seed, seed, context.sessionId, context.stepIndex))
      const view = readPage(context.observation)
      const clickable = view.elements.filter((e) => view.canAct(e.name))
      const typeable = clickable.filter(takesText)
      const words = view.elements.flatMap((e) => e.text.split(/\W+/)).filter((w) => w.length > 2)
      const types = [
        ...(clickable.length > 0 ? (['click'] as const) : []),
        ...(typeable.length > 0 ? (['input'] as const) : []),
        'terminate' as const,
      ]
      const drawn = {
        click: (): CoreAction => ({ type: 'click', name: rng.pick(clickable).name }),
        input: (): CoreAction => ({
          type: 'input',
          name: rng.pick(typeable).name,
          text: words.length > 0 ? rng.pick(words).toLowerCase() : 'shopping',
        }),
        terminate: (): CoreAction => ({ type: 'terminate' }),
      } satisfies Record<CoreAction['type'], () => CoreAction>
      const action = drawn[rng.pick(types)]()
      return {
        policy: 'random',
        raw: renderAssistantTarget({ action }, 'input'),
        action,
        ...(action.type === 'click' ? { clickType: classifyClick(action.name) } : {}),
        latencyMs: performance.now() - started,
      }
    },
  }
}
