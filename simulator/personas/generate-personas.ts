import { z } from 'zod'
import { ShopsimError } from '../../traces/errors.js'
import {
  BIG_FIVE_LEVELS,
  BIG_FIVE_TRAITS,
  type BigFiveTrait,
  LIKERT_ANSWERS,
  LIKERT_KEYS,
  type Persona,
} from '../../traces/schema/index.js'
import { mixSeed, SeededRandom } from '../../traces/seeded-random.js'
import { selfDescription } from './self-description.js'
import { SHOPPER_ARCHETYPES, type ShopperArchetype } from './shopper-archetypes.js'
import {
  CITIES,
  EDUCATION,
  EMPLOYMENT,
  EMPLOYMENT_STATUSES,
  GENDERS,
  LIVING_SITUATIONS,
  type LivingSituation,
  MBTI_LETTERS,
  SHOPPING_FREQUENCIES,
  YOUNG_AGES,
  YOUNG_LIVING,
} from './survey-vocabulary.js'

/** Every generated user id starts with this, so no generated persona passes for one of OPeRA's users. */
export const SYNTHETIC_USER_PREFIX = 'synthetic-'

const OptionsSchema = z.object({
  count: z.number().int().min(0).max(100_000),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1),
})

/** Salt of the stream that deals archetypes out, apart from the personas' own streams. */
const ARCHETYPE_STREAM = 0x9e37

function weightedPick<T>(random: SeededRandom, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0)
  let left = random.next() * total
  for (const item of items) {
    left -= weight(item)
    if (left < 0) return item
  }
  return items[items.length - 1] as T
}

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value))

/** An archetype's answer moved one step either way now and then: people of a kind still differ. */
function likertAnswers(random: SeededRandom, archetype: ShopperArchetype): Persona['likert'] {
  const likert: Persona['likert'] = {}
  for (const key of LIKERT_KEYS) {
    const draw = random.next()
    const score = clamp(archetype.likert[key] + (draw < 0.2 ? -1 : draw >= 0.8 ? 1 : 0), 1, 5)
    likert[key] = { answer: LIKERT_ANSWERS[score - 1] as string, score }
  }
  return likert
}

/** Cumulative chances of the five levels: centred on Medium, as a population's Big Five scores are. */
const BIG_FIVE_CUMULATIVE = [0.1, 0.3, 0.7, 0.9, 1]

function bigFive(random: SeededRandom): Persona['bigFive'] {
  const traits: Persona['bigFive'] = {}
  for (const trait of Object.keys(BIG_FIVE_TRAITS) as BigFiveTrait[]) {
    const draw = random.next()
    const rank = BIG_FIVE_CUMULATIVE.findIndex((upTo) => draw < upTo) + 1
    traits[trait] = { level: BIG_FIVE_LEVELS[rank - 1] as string, rank }
  }
  return traits
}

/** An MBTI type whose E/I letter agrees with the Big Five extraversion level. */
function mbti(random: SeededRandom, extraversionRank: number): string {
  const first = extraversionRank === 3 ? random.pick(MBTI_LETTERS[0]) : extraversionRank > 3 ? 'E' : 'I'
  return [first, ...MBTI_LETTERS.slice(1).map((pair) => random.pick(pair))].join('')
}

function persona(index: number, seed: number, archetype: ShopperArchetype): Persona {
  const random = new SeededRandom(mixSeed(seed, index))
  const userId = `${SYNTHETIC_USER_PREFIX}${random.uuid()}`
  const employment = weightedPick(random, EMPLOYMENT_STATUSES, (status) => EMPLOYMENT[status].share)
  const job = EMPLOYMENT[employment]
  const age = random.pick(job.ages)
  const city = random.pick(CITIES)
  const living = random.pick(
    (Object.keys(LIVING_SITUATIONS) as LivingSituation[]).filter(
      (situation) => YOUNG_AGES.includes(age) || !YOUNG_LIVING.includes(situation),
    ),
  )
  const frequency = SHOPPING_FREQUENCIES[clamp(archetype.frequency + random.int(-1, 1), 0, 4)] as string
  const spend = Math.max(20, Math.round(random.logNormal(archetype.monthlySpendUsd, 0.4) / 10) * 10)
  const likert = likertAnswers(random, archetype)
  const delivery = likert.prioritizesDelivery?.score ?? 3
  const traits = bigFive(random)
  const occupation = random.pick(job.occupations)
  return {
    userId,
    demographics: {
      gender: random.next() < 0.04 ? 'Non-binary' : random.pick(GENDERS.slice(0, 2)),
      age,
      city,
      education: random.pick(employment === 'Student' ? EDUCATION.Student : EDUCATION.other),
      livingSituation: living,
      income: random.pick(job.incomes),
      employment,
    },
    selfDescription: selfDescription({
      age,
      occupation,
      city,
      living: LIVING_SITUATIONS[living],
      frequency,
      habit: archetype.habit,
    }),
    shopping: {
      frequency,
      monthlySpendUsd: spend,
      monthlySpendRaw: String(spend),
      // People who care about delivery speed are the ones who pay for Prime.
      prime: random.chance(clamp(0.2 + 0.15 * (delivery - 1), 0, 0.9)),
    },
    likert,
    mbti: mbti(random, traits.extraversion?.rank ?? 3),
    bigFive: traits,
  }
}

/**
 * `count` synthetic shoppers in the Persona schema, with answers to OPeRA's survey (demographics, monthly
 * spend, Prime, the 12 Likert statements, MBTI and Big Five) and a templated self-description that says it
 * is synthetic. Each persona is drawn from one of five contrasting archetypes (dealt out in a seeded order, so
 * any five are all different), moved a little at random. Persona i depends only on (seed, i): asking for more
 * personas keeps the first ones.
 */
export function generatePersonas(count: number, seed: number): Persona[] {
  const parsed = OptionsSchema.safeParse({ count, seed })
  if (!parsed.success)
    throw new ShopsimError(
      'E_PERSONAS_GENERATE',
      `cannot generate ${count} personas with seed ${seed}`,
      'count is an integer from 0 to 100000; seed an integer from 0 to 2^32-1.',
    )
  const order = [...SHOPPER_ARCHETYPES]
  const shuffle = new SeededRandom(mixSeed(seed, ARCHETYPE_STREAM))
  for (let i = order.length - 1; i > 0; i--) {
    const j = shuffle.int(0, i)
    ;[order[i], order[j]] = [order[j] as ShopperArchetype, order[i] as ShopperArchetype]
  }
  return Array.from({ length: count }, (_, i) =>
    persona(i, seed, order[i % order.length] as ShopperArchetype),
  )
}
