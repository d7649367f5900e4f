import { ACTION_TYPES, CLICK_TYPES } from '../../traces/schema/index.js'
import { type BehaviourProfile, STEP_BUCKETS } from './behaviour-profile.js'
import { jensenShannonDistance } from './js-distance.js'
import { UNPUBLISHED_CLICK_TYPES } from './opera-published.js'

/** One distribution on both sides, over the same categories, as shares (0-1). */
export interface DistributionComparison {
  categories: string[]
  subject: Record<string, number>
  reference: Record<string, number>
  /** Jensen-Shannon distance, base 2, in [0, 1]; null when one side has no such distribution. */
  distance: number | null
  note?: string
}

export interface BehaviourComparison {
  subject: BehaviourProfile
  reference: BehaviourProfile
  actionTypes: DistributionComparison
  clickTypes: DistributionComparison
  stepsHistogram: DistributionComparison
}

/** Categories of one side that the other's folded category stands for are folded the same way. */
function foldInto(
  weights: Record<string, number>,
  kept: ReadonlySet<string>,
  rest: string,
): Record<string, number> {
  const folded: Record<string, number> = {}
  for (const [key, value] of Object.entries(weights)) {
    const target = kept.has(key) ? key : rest
    folded[target] = (folded[target] ?? 0) + value
  }
  return folded
}

/** Measured counts become shares; published shares are shown as published (the distance renormalises). */
function shares(
  weights: Record<string, number>,
  categories: readonly string[],
  published: boolean,
): Record<string, number> {
  const total = published ? 1 : categories.reduce((sum, c) => sum + (weights[c] ?? 0), 0)
  return Object.fromEntries(categories.map((c) => [c, total > 0 ? (weights[c] ?? 0) / total : 0]))
}

/** Known categories in their canonical order, then any others alphabetically. */
function orderCategories(present: Iterable<string>, canonical: readonly string[]): string[] {
  const set = new Set(present)
  const known = canonical.filter((c) => set.has(c))
  return [...known, ...[...set].filter((c) => !canonical.includes(c)).sort()]
}

interface Sides {
  subject: BehaviourProfile
  reference: BehaviourProfile
}

function compareDistribution(
  { subject: subjectProfile, reference: referenceProfile }: Sides,
  pick: (profile: BehaviourProfile) => Record<string, number> | undefined,
  canonical: readonly string[],
): DistributionComparison {
  const subject = pick(subjectProfile)
  const reference = pick(referenceProfile)
  let s = subject ?? {}
  let r = reference ?? {}
  let note: string | undefined
  if (UNPUBLISHED_CLICK_TYPES in r && !(UNPUBLISHED_CLICK_TYPES in s)) {
    s = foldInto(s, new Set(Object.keys(r)), UNPUBLISHED_CLICK_TYPES)
    note = `the types without a published share are compared as one category`
  } else if (UNPUBLISHED_CLICK_TYPES in s && !(UNPUBLISHED_CLICK_TYPES in r)) {
    r = foldInto(r, new Set(Object.keys(s)), UNPUBLISHED_CLICK_TYPES)
  }
  const categories = orderCategories([...Object.keys(s), ...Object.keys(r)], canonical)
  const distance = subject && reference ? (jensenShannonDistance(s, r) ?? null) : null
  if (distance === null)
    note =
      subject && reference
        ? 'one side has nothing to count'
        : `${subject ? 'the reference has' : 'it has'} none`
  return {
    categories,
    subject: shares(s, categories, subjectProfile.kind === 'published'),
    reference: shares(r, categories, referenceProfile.kind === 'published'),
    distance,
    ...(note !== undefined && { note }),
  }
}

/** Puts two behaviour profiles side by side with a Jensen-Shannon distance per distribution. */
export function compareBehaviour(
  subject: BehaviourProfile,
  reference: BehaviourProfile,
): BehaviourComparison {
  const sides = { subject, reference }
  return {
    subject,
    reference,
    actionTypes: compareDistribution(sides, (p) => p.actionTypes, ACTION_TYPES),
    clickTypes: compareDistribution(sides, (p) => p.clickTypes, [...CLICK_TYPES, UNPUBLISHED_CLICK_TYPES]),
    stepsHistogram: compareDistribution(
      sides,
      (p) => p.stepsPerSession.histogram,
      STEP_BUCKETS.map((b) => b.label),
    ),
  }
}
