import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../tests/fixtures.js'
import { PersonaSchema } from '../schema/persona.js'
import { parseCsv } from './csv.js'
import { personaFromUserRow, surveyFromPersona } from './persona-survey.js'

const rows = parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8'))
const [first, second] = rows.map((row) => personaFromUserRow({ ...row, user_id: row.user_id ?? '' }))

describe('persona from the OPeRA survey', () => {
  it('parses the first real user into typed fields', () => {
    const persona = first?.persona
    expect(first?.problems).toEqual([])
    expect(PersonaSchema.parse(persona)).toEqual(persona)
    expect(persona?.userId).toBe('7f0c8207-6a6f-49cd-9d7e-17987cfafcb9')
    expect(persona?.demographics).toEqual({
      gender: 'Female',
      age: '25-34 years old',
      city: 'Blacksburg',
      education: 'Graduate degree or current grad student (MA, MS, MBA, etc.)',
      income: '$25,000-$49,999',
      employment: 'Student',
    })
    expect(persona?.selfDescription).toMatch(/^I am a PhD student in computer science/)
    expect(persona?.shopping).toEqual({
      frequency: 'Once to twice a week',
      monthlySpendUsd: 200,
      monthlySpendRaw: '200',
      prime: false,
    })
    expect(persona?.mbti).toBe('INFJ')
    expect(persona?.bigFive).toEqual({
      extraversion: { level: 'Low', rank: 2 },
      agreeableness: { level: 'Extremely high', rank: 5 },
      conscientiousness: { level: 'High', rank: 4 },
      emotionalStability: { level: 'Medium', rank: 3 },
      intellect: { level: 'High', rank: 4 },
    })
  })

  it('scores all 12 Likert answers on a 1-5 scale', () => {
    const likert = first?.persona.likert ?? {}
    expect(Object.keys(likert)).toHaveLength(12)
    expect(likert.researchesBeforeBuying).toEqual({ answer: 'Strongly agree', score: 5 })
    expect(likert.shopsQuickly).toEqual({ answer: 'Strongly disagree', score: 1 })
    expect(likert.brandLoyal).toEqual({ answer: 'Neither agree or disagree', score: 3 })
    expect(likert.prioritizesDelivery).toEqual({ answer: 'Somewhat disagree', score: 2 })
    expect(second?.persona.likert.seeksValue).toEqual({ answer: 'Strongly agree', score: 5 })
    expect(second?.persona.likert.adsAreInformative).toEqual({ answer: 'Strongly disagree', score: 1 })
  })

  it('parses the second real user (Prime member, roommate) and keeps the interview texts', () => {
    const persona = second?.persona
    expect(persona?.shopping.prime).toBe(true)
    expect(persona?.shopping.monthlySpendUsd).toBe(500)
    expect(persona?.demographics.livingSituation).toBe('Live together with roommate')
    expect(persona?.mbti).toBe('INTJ')
    expect(persona?.bigFive.conscientiousness).toEqual({ level: 'Extremely high', rank: 5 })
    expect(persona?.interviewTranscript).toMatch(/^Interviewer:/)
    expect(persona?.interviewSummary).toContain('### Shopping Preference')
    expect(persona?.rawSurvey?.Gender).toBe('Male')
  })

  it('writes the survey back unchanged, and rebuilds the same typed fields from typed-only personas', () => {
    const persona = first?.persona
    if (!persona) throw new Error('fixture missing')
    expect(surveyFromPersona(persona)).toBe(persona.survey)
    const { survey: _survey, ...typedOnly } = persona
    const rebuilt = personaFromUserRow({
      user_id: persona.userId,
      survey: JSON.stringify(surveyFromPersona(typedOnly)),
    }).persona
    expect(rebuilt.likert).toEqual(persona.likert)
    expect(rebuilt.bigFive).toEqual(persona.bigFive)
    expect(rebuilt.shopping).toEqual(persona.shopping)
    expect(rebuilt.demographics).toEqual(persona.demographics)
  })

  it('keeps the user and reports the column when the survey is not JSON', () => {
    const result = personaFromUserRow({
      user_id: 'u',
      survey: '{not json',
      interview_transcript: 'Interviewer: hi',
    })
    expect(result.problems).toEqual([{ column: 'survey', message: 'survey is not a JSON object' }])
    expect(result.persona.interviewTranscript).toBe('Interviewer: hi')
    expect(result.persona.survey).toBeUndefined()
  })

  it('treats null, "" and "nan" as missing', () => {
    for (const missing of [null, '', 'nan']) {
      const result = personaFromUserRow({ user_id: 'u', survey: missing, interview_transcript: missing })
      expect(result.empty).toBe(true)
      expect(result.problems).toEqual([])
    }
  })
})
