import type { CoreAction } from '../../../../traces/schema/action.js'
import type { SeededRandom } from '../../../../traces/seeded-random.js'
import type { Controls } from '../page/controls.js'
import type { PageKind } from '../page/page-kind.js'
import type { PageView } from '../page/read-page.js'
import type { PastProduct } from '../past-products.js'
import type { Traits } from '../persona-traits.js'
import type { Misfit } from '../product-fit.js'
import type { SessionMemory } from '../session-memory.js'
import type { ShoppingGoal } from '../shopping-goal.js'

/** Why the shopper does what it does; the rationale is worded from this. */
export type Reason =
  | {
      kind: 'search'
      query: string
      why: 'start' | 'retry' | 'back_to_results' | 'drop_filters' | 'compare'
      leaving?: { title: string; misfit?: Misfit; price?: number }
    }
  | { kind: 'filter'; label: string; why: 'price' | 'prime' | 'brand' | 'rating' }
  | {
      kind: 'open'
      title: string
      price?: number
      rating?: number
      why: 'first_good' | 'best' | 'compare' | 'revisit' | 'related'
      brand?: string
    }
  | { kind: 'next_page' }
  | { kind: 'read_reviews'; title?: string; rating?: number }
  | { kind: 'choose_option'; dimension: string; label: string; why: 'wanted' | 'curious' }
  | { kind: 'buy'; title?: string; price?: number; how: 'add_to_cart' | 'buy_now'; compared: number }
  | { kind: 'go_to_cart' }
  | { kind: 'check_out'; items: number }
  | { kind: 'place_order' }
  | { kind: 'look_again'; title: string }
  | { kind: 'terminate'; why: 'done' | 'nothing_fits' | 'budget' | 'stuck' | 'not_buying' }

export interface Decision {
  action: CoreAction
  reason: Reason
}

/** Everything one decision looks at, read once per step. */
export interface Situation {
  view: PageView
  kind: PageKind
  controls: Controls
  goal: ShoppingGoal
  traits: Traits
  memory: SessionMemory
  /** Products looked at earlier, judged against the goal, by title slug. */
  past: ReadonlyMap<string, PastProduct>
  rng: SeededRandom
  /** Steps left before the session's step budget runs out (this one included). */
  stepsLeft: number
}

/** A decider lists what it would do on its kind of page, best first; the first allowed one is taken. */
export type Decider = (situation: Situation) => Decision[]

/** Steps a purchase still needs once the item is chosen: add, cart, checkout, order, stop. */
export const STEPS_TO_FINISH = 6
