import { z } from 'zod'

export const LIKERT_ANSWERS = [
  'Strongly disagree',
  'Somewhat disagree',
  'Neither agree or disagree',
  'Somewhat agree',
  'Strongly agree',
] as const

/** The 12 OPeRA survey statements, by a short key we use in code. */
export const LIKERT_STATEMENTS = {
  shopsMoreOnHolidays: 'I tend to shop more during holidays.',
  adsAreInformative: 'Online Ads attract my attention and are a good source of information.',
  researchesBeforeBuying: 'I usually do a lot research (e.g. reading online reviews) before making purchase.',
  prioritizesDelivery: 'I prioritize delivery speed and delivery fee of the product.',
  valuesQuality: 'Getting high-quality online products is very important for me.',
  prefersExpensiveBrands: 'The more expensive online product brands are usually my choice.',
  choiceOverload: 'The more I learn about online products, the harder it seems to choose the best.',
  shopsQuickly:
    'I shop quickly for online products, buying the first product or brand I find that seems good enough.',
  brandLoyal: 'Once I find a brand I like, I stick with it.',
  triesNewBrands: 'I would buy a new or different brand of product just to see what it is like.',
  enjoysShopping: 'I enjoy shopping for online products just for the fun of it.',
  seeksValue: 'I look carefully to find the best value for money when shopping online.',
} as const
export type LikertKey = keyof typeof LIKERT_STATEMENTS
export const LIKERT_KEYS = Object.keys(LIKERT_STATEMENTS) as LikertKey[]

export const LikertAnswerSchema = z.object({
  answer: z.string(),
  /** 1 (strongly disagree) .. 5 (strongly agree); absent when the answer is not on the scale. */
  score: z.number().int().min(1).max(5).optional(),
})
export type LikertAnswer = z.infer<typeof LikertAnswerSchema>

export const BIG_FIVE_TRAITS = {
  extraversion: 'Extraversion',
  agreeableness: 'Agreeableness',
  conscientiousness: 'Conscientiousness',
  emotionalStability: 'Emotional Stability',
  intellect: 'Intellect',
} as const
export type BigFiveTrait = keyof typeof BIG_FIVE_TRAITS
export const BIG_FIVE_LEVELS = ['Extremely low', 'Low', 'Medium', 'High', 'Extremely high'] as const

export const PersonaSchema = z.object({
  userId: z.string(),
  demographics: z.object({
    gender: z.string().optional(),
    age: z.string().optional(),
    city: z.string().optional(),
    education: z.string().optional(),
    livingSituation: z.string().optional(),
    income: z.string().optional(),
    employment: z.string().optional(),
  }),
  selfDescription: z.string().optional(),
  shopping: z.object({
    frequency: z.string().optional(),
    /** Monthly online spend in dollars, when the answer is a number. */
    monthlySpendUsd: z.number().optional(),
    monthlySpendRaw: z.string().optional(),
    prime: z.boolean().optional(),
  }),
  likert: z.partialRecord(z.enum(LIKERT_KEYS as [LikertKey, ...LikertKey[]]), LikertAnswerSchema),
  mbti: z.string().optional(),
  bigFive: z.partialRecord(
    z.enum(Object.keys(BIG_FIVE_TRAITS) as [BigFiveTrait, ...BigFiveTrait[]]),
    z.object({ level: z.string(), rank: z.number().int().min(1).max(5).optional() }),
  ),
  /** The `survey` JSON exactly as the dataset has it, so writing it back loses nothing. */
  survey: z.record(z.string(), z.unknown()).optional(),
  rawSurvey: z.record(z.string(), z.unknown()).optional(),
  interviewTranscript: z.string().optional(),
  interviewSummary: z.string().optional(),
})
export type Persona = z.infer<typeof PersonaSchema>
