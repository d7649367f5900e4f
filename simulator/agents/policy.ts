import type {
  Action,
  ActionDialect,
  ClickType,
  Observation,
  Persona,
  Prediction,
  Step,
} from '../../traces/schema/index.js'

/** How much of the persona a prompt shows: all of it, nothing, or another user's (an ablation). */
export type PersonaMode = 'full' | 'none' | 'shuffled'

/** A shopping intent for live runs (issue 7 fills it); replayed OPeRA steps have none. */
export interface ShoppingIntent {
  /** What the shopper was asked to do, in words ("Buy a stainless steel water bottle under $25"). */
  instruction: string
  /** Structured target when the task generator knows it; the heuristic shopper reads these. */
  query?: string
  attributes?: readonly string[]
  options?: Readonly<Record<string, string>>
  priceLimit?: number
}

/** Everything a policy may look at to decide one step. Effects (clock, model client) live in the policy. */
export interface DecisionContext {
  sessionId: string
  /** Index of the step being decided in its session. */
  stepIndex: number
  /** The persona to condition on, already chosen for the persona mode (shuffled = someone else's). */
  persona?: Persona
  personaMode: PersonaMode
  intent?: ShoppingIntent
  /** Earlier steps of this session, oldest first: their action and rationale (and observation when kept). */
  history: readonly Step[]
  /** The page now: simplified HTML inline in `observation.html`, elements when a browser produced them. */
  observation: Observation
  /** The current screenshot (PNG/JPEG bytes) when the run sends images. */
  screenshot?: Uint8Array
  /** The recorded action: only the oracle baseline reads it. */
  gold?: { action: Action; clickType?: ClickType; rationale?: string }
  /** Seed for policies that draw random numbers; the same seed and context give the same decision. */
  seed: number
  signal?: AbortSignal
}

/**
 * A policy turns a context into a Prediction. It never throws on bad model output (that is a Prediction with a
 * `formatError`); it throws a ShopsimError only for infrastructure that stayed broken after its retries.
 */
export interface Policy {
  readonly name: string
  readonly model?: string
  /** The action dialect the policy's output uses (`input` or Shop-R1's `type_and_submit`). */
  readonly dialect?: ActionDialect
  decide(context: DecisionContext): Promise<Prediction>
  close?(): Promise<void>
}
