import {
  BIG_FIVE_LEVELS,
  BIG_FIVE_TRAITS,
  type BigFiveTrait,
  LIKERT_ANSWERS,
  LIKERT_STATEMENTS,
  type LikertKey,
  type Persona,
} from '../schema/persona.js'
import { presentString } from './missing.js'

/** An OPeRA user-table row as stored: every field a string (survey JSON, transcripts). */
export interface OperaUserRow {
  user_id: string
  survey?: string | null
  raw_survey?: string | null
  interview_transcript?: string | null
  interview_transcript_processed?: string | null
}

const LIKERT_SECTION = 'To what extent do you agree with the following statements'

type Json = Record<string, unknown>

function section(survey: Json, key: string): Json {
  const value = survey[key]
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
}

function text(record: Json, key: string): string | undefined {
  return presentString(record[key])?.trim() || undefined
}

function likertScore(answer: string): number | undefined {
  const index = (LIKERT_ANSWERS as readonly string[]).findIndex(
    (a) => a.toLowerCase() === answer.toLowerCase(),
  )
  // The real survey spells the midpoint "Neither agree or disagree"; accept the textbook spelling too.
  if (index < 0 && /^neither agree (or|nor) disagree$/i.test(answer)) return 3
  return index < 0 ? undefined : index + 1
}

function primeAnswer(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined
  if (/^yes/i.test(value)) return true
  if (/^no/i.test(value)) return false
  return undefined
}

function definedOnly<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T
}

/** Turns OPeRA's organised `survey` JSON into typed persona fields, keeping the JSON itself too. */
export function personaFromSurvey(
  userId: string,
  survey: Json,
  extras: { rawSurvey?: Json; interviewTranscript?: string; interviewSummary?: string } = {},
): Persona {
  const demo = section(survey, 'Demographic Information')
  const self = section(survey, 'Self Description')
  const shop = section(survey, 'Shopping Preference')
  const personality = section(survey, 'Personality')
  const statements = section(shop, LIKERT_SECTION)
  const bigFiveAnswers = section(personality, 'Big Five Scores')

  const likert: Persona['likert'] = {}
  for (const [key, statement] of Object.entries(LIKERT_STATEMENTS) as [LikertKey, string][]) {
    const answer = text(statements, statement)
    if (answer === undefined) continue
    const score = likertScore(answer)
    likert[key] = score === undefined ? { answer } : { answer, score }
  }

  const bigFive: Persona['bigFive'] = {}
  for (const [key, label] of Object.entries(BIG_FIVE_TRAITS) as [BigFiveTrait, string][]) {
    const level = text(bigFiveAnswers, label)
    if (level === undefined) continue
    const rank = (BIG_FIVE_LEVELS as readonly string[]).findIndex(
      (l) => l.toLowerCase() === level.toLowerCase(),
    )
    bigFive[key] = rank < 0 ? { level } : { level, rank: rank + 1 }
  }

  const spendRaw = text(shop, 'Monthly online shopping spend $')
  const spend = spendRaw === undefined ? Number.NaN : Number(spendRaw.replace(/[$,\s]/g, ''))
  const mbti = text(personality, 'MBTI personality type')

  return definedOnly({
    userId,
    demographics: definedOnly({
      gender: text(demo, 'Gender'),
      age: text(demo, 'Age'),
      city: text(demo, 'City'),
      education: text(demo, 'Education level'),
      livingSituation: text(demo, 'Living situation'),
      income: text(demo, 'Yearly household income or stipend'),
      employment: text(demo, 'Employment status'),
    }),
    selfDescription: text(self, 'Two sentence description'),
    shopping: definedOnly({
      frequency: text(shop, 'Online shopping frequency'),
      monthlySpendUsd: Number.isFinite(spend) ? spend : undefined,
      monthlySpendRaw: spendRaw,
      prime: primeAnswer(text(shop, 'Amazon Prime membership')),
    }),
    likert,
    mbti: mbti?.toUpperCase(),
    bigFive,
    survey,
    rawSurvey: extras.rawSurvey,
    interviewTranscript: extras.interviewTranscript,
    interviewSummary: extras.interviewSummary,
  })
}

/** Writes typed persona fields back into OPeRA's survey shape (for personas made without a survey). */
export function surveyFromPersona(persona: Persona): Json {
  if (persona.survey) return persona.survey
  const statements: Json = {}
  for (const [key, statement] of Object.entries(LIKERT_STATEMENTS) as [LikertKey, string][]) {
    const answer = persona.likert[key]
    if (answer) statements[statement] = answer.answer
  }
  const bigFive: Json = {}
  for (const [key, label] of Object.entries(BIG_FIVE_TRAITS) as [BigFiveTrait, string][]) {
    const trait = persona.bigFive[key]
    if (trait) bigFive[label] = trait.level
  }
  const d = persona.demographics
  return {
    'Demographic Information': {
      Gender: d.gender ?? '',
      Age: d.age ?? '',
      City: d.city ?? '',
      'Education level': d.education ?? '',
      'Living situation': d.livingSituation ?? '',
      'Yearly household income or stipend': d.income ?? '',
      'Employment status': d.employment ?? '',
    },
    'Self Description': { 'Two sentence description': persona.selfDescription ?? '' },
    'Shopping Preference': {
      'Online shopping frequency': persona.shopping.frequency ?? '',
      'Monthly online shopping spend $':
        persona.shopping.monthlySpendRaw ?? String(persona.shopping.monthlySpendUsd ?? ''),
      'Amazon Prime membership':
        persona.shopping.prime === undefined ? '' : persona.shopping.prime ? 'Yes' : 'No',
      [LIKERT_SECTION]: statements,
    },
    Personality: { 'MBTI personality type': persona.mbti ?? '', 'Big Five Scores': bigFive },
  }
}

export type PersonaParse = { ok: true; persona: Persona } | { ok: false; column: string; message: string }

function parseJsonObject(raw: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(raw)
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined
  } catch {
    return undefined
  }
}

/**
 * Parses one user row. A survey that is not a JSON object still yields a persona (with only the
 * interview texts) plus the problems found, so the caller can report them without losing the user.
 */
export function personaFromUserRow(row: OperaUserRow): {
  persona: Persona
  problems: { column: string; message: string }[]
  /** No survey, raw survey or interview text at all. */
  empty: boolean
} {
  const problems: { column: string; message: string }[] = []
  const surveyText = presentString(row.survey)
  const rawText = presentString(row.raw_survey)
  let survey: Json = {}
  if (surveyText !== undefined) {
    const parsed = parseJsonObject(surveyText)
    if (parsed) survey = parsed
    else problems.push({ column: 'survey', message: 'survey is not a JSON object' })
  }
  let rawSurvey: Json | undefined
  if (rawText !== undefined) {
    rawSurvey = parseJsonObject(rawText)
    if (!rawSurvey) problems.push({ column: 'raw_survey', message: 'raw_survey is not a JSON object' })
  }
  const extras: { rawSurvey?: Json; interviewTranscript?: string; interviewSummary?: string } = {}
  if (rawSurvey) extras.rawSurvey = rawSurvey
  const transcript = presentString(row.interview_transcript)
  if (transcript !== undefined) extras.interviewTranscript = transcript
  const summary = presentString(row.interview_transcript_processed)
  if (summary !== undefined) extras.interviewSummary = summary
  const persona = personaFromSurvey(row.user_id, survey, extras)
  if (surveyText === undefined || problems.some((p) => p.column === 'survey')) delete persona.survey
  const empty =
    surveyText === undefined && rawText === undefined && transcript === undefined && summary === undefined
  return { persona, problems, empty }
}
