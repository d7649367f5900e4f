import type { Persona } from '../../../traces/schema/persona.js'
import { mixSeed, SeededRandom } from '../../../traces/seeded-random.js'
import type { ShoppingIntent } from '../policy.js'
import { hashText } from './decision-seed.js'
import { metaField, metaRecords } from './page/page-meta.js'
import type { PageView } from './page/read-page.js'
import { personalCeiling, type Traits } from './persona-traits.js'
import type { SessionMemory } from './session-memory.js'
import { shortTitle, termsOf } from './text/terms.js'

/** What the shopper is after in this session, whatever told it so. */
export interface ShoppingGoal {
  /** Where the goal came from: the task, the session so far, the page, or the persona alone. */
  source: 'intent' | 'history' | 'page' | 'persona'
  query: string
  terms: string[]
  attributes: readonly string[]
  options: Readonly<Record<string, string>>
  priceLimit: number | undefined
  /** Whether the price limit is the task's or the person's own budget. */
  limitFrom: 'task' | 'budget' | undefined
}

const LEADING_VERBS =
  /^(please\s+)?(i\s+(want|need|would like)\s+(to\s+)?(buy|get|find|order)?|buy|find|get|order|purchase|look\s+for|shop\s+for|search\s+for)\s+/i

/** "Buy a stainless steel water bottle under $25" -> "stainless steel water bottle". */
export function queryFromInstruction(instruction: string): string {
  const head =
    instruction
      .replace(LEADING_VERBS, '')
      .split(/[,.;]|\s(?:under|below|less than|for less|that|which|priced|costing|at most|up to)\s/i)[0] ?? ''
  return head
    .replace(/^(a|an|the|some|one|two|\d+)\s+/i, '')
    .replace(/\$\s*\d[\d,.]*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function priceLimitFromInstruction(instruction: string): number | undefined {
  const match =
    /(?:under|below|less than|at most|up to|no more than|max(?:imum)?)\s*\$\s*(\d[\d,]*(?:\.\d+)?)/i.exec(
      instruction,
    )
  return match?.[1] ? Number(match[1].replace(/,/g, '')) : undefined
}

/** Everyday wants by what the persona says about itself; the store sells all of them. */
const WANTS_BY_KEYWORD: readonly (readonly [RegExp, string])[] = [
  [/\bdogs?\b|puppy/i, 'dog leash'],
  [/\bcats?\b|kitten/i, 'cat litter box'],
  [/\bbab(y|ies)\b|newborn|toddler/i, 'baby wipes'],
  [/\bkids?\b|children|parent/i, 'building blocks set'],
  [/cook|kitchen|chef|bak(e|ing)/i, 'knife set'],
  [/yoga|gym|fitness|workout|exercise/i, 'yoga mat'],
  [/\brun(ning|ner)?\b|marathon/i, 'running shoes'],
  [/guitar|music|band/i, 'guitar strings'],
  [/garden|plants?\b/i, 'garden hose'],
  [/coffee/i, 'ground coffee'],
  [/hik(e|ing)|camp(ing)?|outdoors/i, 'hiking backpack'],
  [/\bread(ing|er)?\b|novels?|books?\b/i, 'mystery novel'],
  [/student|phd|research|study|office|desk/i, 'desk organizer'],
]
const EVERYDAY_WANTS = [
  'water bottle',
  'portable charger',
  'paper towels',
  'wireless earbuds',
  'coffee maker',
]

function queryFromPersona(persona: Persona | undefined, sessionId: string): string {
  const about = [persona?.selfDescription, persona?.interviewSummary].filter(Boolean).join(' ')
  const wanted = WANTS_BY_KEYWORD.find(([pattern]) => pattern.test(about))
  if (wanted) return wanted[1]
  // Stable for the whole session: seeded by who is shopping, not by the step.
  const rng = new SeededRandom(mixSeed(hashText(persona?.userId ?? sessionId)))
  return rng.pick(EVERYDAY_WANTS)
}

function productQuery(title: string): string {
  return shortTitle(title, 5).replace(/\.\.\.$/, '')
}

function queryFromPage(view: PageView): string | undefined {
  const term = metaField(view.pageMeta, 'search_term', 'term')
  if (typeof term === 'string' && term.trim() !== '') return term.trim()
  const searchBox = view.elements.find((e) => e.name.endsWith('search_input'))?.text
  if (searchBox) return searchBox
  const title =
    view.get('product_title')?.text ||
    (metaField(view.pageMeta, 'product_details', 'title') as string | undefined) ||
    metaRecords(view.pageMeta, 'active_items')[0]?.title ||
    metaRecords(view.pageMeta, 'cart_items')[0]?.title
  return typeof title === 'string' && title !== '' ? productQuery(title) : undefined
}

export interface GoalInputs {
  intent: ShoppingIntent | undefined
  persona: Persona | undefined
  sessionId: string
  view: PageView
  traits: Traits
  memory: SessionMemory
}

/**
 * The task's intent when there is one; a replayed human step has none, so the goal is what the person last
 * searched for, else what the page is about, else something the persona would plausibly want.
 */
export function goalOf(inputs: GoalInputs): ShoppingGoal {
  const { intent, traits } = inputs
  const budget = personalCeiling(traits)
  if (intent) {
    const query = intent.query ?? queryFromInstruction(intent.instruction)
    const taskLimit = intent.priceLimit ?? priceLimitFromInstruction(intent.instruction)
    return {
      source: 'intent',
      query,
      terms: termsOf(query),
      attributes: intent.attributes ?? [],
      options: intent.options ?? {},
      priceLimit: taskLimit ?? budget,
      limitFrom: taskLimit !== undefined ? 'task' : budget !== undefined ? 'budget' : undefined,
    }
  }
  const searched = inputs.memory.searches[inputs.memory.searches.length - 1]
  const fromPage = searched === undefined ? queryFromPage(inputs.view) : undefined
  const query = searched ?? fromPage ?? queryFromPersona(inputs.persona, inputs.sessionId)
  return {
    source: searched !== undefined ? 'history' : fromPage !== undefined ? 'page' : 'persona',
    query,
    terms: termsOf(query),
    attributes: [],
    options: {},
    priceLimit: budget,
    limitFrom: budget !== undefined ? 'budget' : undefined,
  }
}
