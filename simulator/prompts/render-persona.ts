import {
  BIG_FIVE_TRAITS,
  type BigFiveTrait,
  LIKERT_KEYS,
  LIKERT_STATEMENTS,
  type Persona,
} from '../../traces/schema/index.js'

/** An interview transcript runs to ~15,000 characters; a prompt keeps its opening (~1,500 tokens). */
export const TRANSCRIPT_CHAR_LIMIT = 6000

const DEMOGRAPHIC_LABELS: Readonly<Record<keyof Persona['demographics'], string>> = {
  gender: 'Gender',
  age: 'Age',
  city: 'City',
  education: 'Education',
  livingSituation: 'Living situation',
  income: 'Yearly household income',
  employment: 'Employment',
}

function bulletList(lines: string[]): string[] {
  return lines.map((line) => `- ${line}`)
}

function demographics(persona: Persona): string[] {
  const lines = (Object.keys(DEMOGRAPHIC_LABELS) as (keyof Persona['demographics'])[]).flatMap((key) => {
    const value = persona.demographics[key]
    return value ? [`${DEMOGRAPHIC_LABELS[key]}: ${value}`] : []
  })
  return lines.length > 0 ? ['Demographics:', ...bulletList(lines)] : []
}

function shoppingHabits(persona: Persona): string[] {
  const { frequency, monthlySpendUsd, monthlySpendRaw, prime } = persona.shopping
  const spend = monthlySpendUsd !== undefined ? `$${monthlySpendUsd}` : monthlySpendRaw
  const lines = [
    ...(frequency ? [`Shops online: ${frequency}`] : []),
    ...(spend ? [`Spends online per month: ${spend}`] : []),
    ...(prime !== undefined ? [`Amazon Prime member: ${prime ? 'yes' : 'no'}`] : []),
  ]
  return lines.length > 0 ? ['Shopping habits:', ...bulletList(lines)] : []
}

function likertAnswers(persona: Persona): string[] {
  const lines = LIKERT_KEYS.flatMap((key) => {
    const answer = persona.likert[key]
    return answer ? [`"${LIKERT_STATEMENTS[key]}" ${answer.answer}`] : []
  })
  return lines.length > 0
    ? ['How much they agree with statements about their shopping:', ...bulletList(lines)]
    : []
}

function personality(persona: Persona): string[] {
  const bigFive = (Object.keys(BIG_FIVE_TRAITS) as BigFiveTrait[]).flatMap((trait) => {
    const score = persona.bigFive[trait]
    return score ? [`${BIG_FIVE_TRAITS[trait]} ${score.level.toLowerCase()}`] : []
  })
  const lines = [
    ...(persona.mbti ? [`MBTI type: ${persona.mbti.toUpperCase()}`] : []),
    ...(bigFive.length > 0 ? [`Big Five: ${bigFive.join(', ')}`] : []),
  ]
  return lines.length > 0 ? ['Personality:', ...bulletList(lines)] : []
}

/** The opening of a transcript, cut at a line end so no turn is split mid-word. */
function trimTranscript(transcript: string): string {
  if (transcript.length <= TRANSCRIPT_CHAR_LIMIT) return transcript
  const lineEnd = transcript.lastIndexOf('\n', TRANSCRIPT_CHAR_LIMIT)
  const kept = transcript.slice(0, lineEnd > 0 ? lineEnd : TRANSCRIPT_CHAR_LIMIT)
  const rest = transcript.length - kept.length
  return `${kept.trimEnd()}\n[… the rest of the interview, ${rest.toLocaleString('en-US')} characters, is left out]`
}

function interview(persona: Persona): string[] {
  const summary = persona.interviewSummary?.trim()
  if (summary) return ['Summary of an interview with them:', summary]
  const transcript = persona.interviewTranscript?.trim()
  if (transcript) return ['From an interview with them:', trimTranscript(transcript)]
  return []
}

/**
 * The persona as prompt text: demographics, their self-description, shopping habits, the survey's Likert
 * answers, MBTI and Big Five, and the interview summary (or the opening of the transcript when there is no
 * summary). Empty when the persona holds nothing to show.
 */
export function renderPersona(persona: Persona): string {
  const self = persona.selfDescription?.trim()
  const sections = [
    demographics(persona),
    self ? [`In their own words: "${self}"`] : [],
    shoppingHabits(persona),
    likertAnswers(persona),
    personality(persona),
    interview(persona),
  ].filter((section) => section.length > 0)
  return sections.map((section) => section.join('\n')).join('\n\n')
}
