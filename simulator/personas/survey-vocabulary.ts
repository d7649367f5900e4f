/**
 * Answers for the demographic and shopping questions of OPeRA's survey. The ones seen in OPeRA's two public
 * user rows are spelled as there ("25-34 years old", "$25,000-$49,999", "Once to twice a week"); the others
 * are our wording in the same style.
 */

export const GENDERS = ['Female', 'Male', 'Non-binary'] as const

/** Each status with its share of shoppers, the ages and incomes that go with it, and jobs to describe it. */
export const EMPLOYMENT = {
  Student: {
    share: 0.2,
    ages: ['18-24 years old', '25-34 years old'],
    incomes: ['Less than $25,000', '$25,000-$49,999'],
    occupations: [
      'graduate student in chemistry',
      'undergraduate studying nursing',
      'law student',
      'PhD student in economics',
    ],
  },
  'Full-time employee': {
    share: 0.45,
    ages: ['25-34 years old', '35-44 years old', '45-54 years old', '55-64 years old'],
    incomes: ['$50,000-$74,999', '$75,000-$99,999', '$100,000-$149,999', '$150,000 or more'],
    occupations: ['software developer', 'high-school teacher', 'accountant', 'nurse', 'project manager'],
  },
  'Part-time employee': {
    share: 0.15,
    ages: ['18-24 years old', '25-34 years old', '35-44 years old', '45-54 years old'],
    incomes: ['Less than $25,000', '$25,000-$49,999', '$50,000-$74,999'],
    occupations: ['barista', 'library assistant', 'retail associate', 'dental hygienist'],
  },
  'Self-employed': {
    share: 0.1,
    ages: ['25-34 years old', '35-44 years old', '45-54 years old'],
    incomes: ['$25,000-$49,999', '$50,000-$74,999', '$75,000-$99,999', '$100,000-$149,999'],
    occupations: ['graphic designer', 'carpenter', 'bakery owner', 'wedding photographer'],
  },
  Retired: {
    share: 0.1,
    ages: ['55-64 years old', '65 years or older'],
    incomes: ['$25,000-$49,999', '$50,000-$74,999', '$75,000-$99,999'],
    occupations: ['retired engineer', 'retired teacher', 'retired nurse'],
  },
} as const satisfies Record<
  string,
  { share: number; ages: readonly string[]; incomes: readonly string[]; occupations: readonly string[] }
>
export type Employment = keyof typeof EMPLOYMENT
export const EMPLOYMENT_STATUSES = Object.keys(EMPLOYMENT) as Employment[]

export const EDUCATION = {
  Student: [
    "Bachelor's degree or current undergraduate student (BA, BS, etc.)",
    'Graduate degree or current grad student (MA, MS, MBA, etc.)',
    'Doctoral degree or current doctoral student (PhD, JD, MD, DDS etc.)',
  ],
  other: [
    'High school diploma or equivalent',
    'Some college, no degree',
    "Bachelor's degree or current undergraduate student (BA, BS, etc.)",
    'Graduate degree or current grad student (MA, MS, MBA, etc.)',
  ],
} as const

/** Living with parents or a roommate is for the young: older personas draw from the rest. */
export const YOUNG_LIVING: readonly LivingSituation[] = [
  'Live together with roommate',
  'Live together with parents',
]
export const YOUNG_AGES: readonly string[] = ['18-24 years old', '25-34 years old']

/** How each living situation reads in a sentence ("lives ..."). */
export const LIVING_SITUATIONS = {
  'Live alone': 'alone',
  'Live together with roommate': 'with a roommate',
  'Live together with partner': 'with a partner',
  'Live together with partner and children': 'with a partner and children',
  'Live together with parents': 'with their parents',
} as const
export type LivingSituation = keyof typeof LIVING_SITUATIONS

export const CITIES = [
  'Austin',
  'Boston',
  'Chicago',
  'Columbus',
  'Denver',
  'Minneapolis',
  'Phoenix',
  'Pittsburgh',
  'Portland',
  'Raleigh',
  'Sacramento',
  'San Diego',
  'Seattle',
  'Tampa',
] as const

/** Most often first; an archetype's `frequency` indexes this list. */
export const SHOPPING_FREQUENCIES = [
  'Three or more times a week',
  'Once to twice a week',
  'Once every couple of weeks',
  'Once a month',
  'Less than once a month',
] as const

export const MBTI_LETTERS = [
  ['E', 'I'],
  ['S', 'N'],
  ['T', 'F'],
  ['J', 'P'],
] as const
