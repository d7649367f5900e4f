import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../tests/fixtures.js'
import { parseCsv, personaFromUserRow } from '../../traces/opera/index.js'
import type { Persona } from '../../traces/schema/index.js'
import { choosePersona } from './choose-persona.js'
import { renderPersona, TRANSCRIPT_CHAR_LIMIT } from './render-persona.js'

const realPersonas: Persona[] = parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8')).map(
  (row) => personaFromUserRow({ ...row, user_id: row.user_id ?? '' }).persona,
)
const [student, scientist] = realPersonas as [Persona, Persona]

function persona(userId: string): Persona {
  return { userId, demographics: {}, shopping: {}, likert: {}, bigFive: {} }
}

describe('renderPersona', () => {
  it('shows the real survey: demographics, self-description, habits, Likert answers, personality', () => {
    const text = renderPersona(student)
    expect(text).toContain('- City: Blacksburg')
    expect(text).toContain('- Employment: Student')
    expect(text).toContain('In their own words: "I am a PhD student in computer science')
    expect(text).toContain('- Shops online: Once to twice a week')
    expect(text).toContain('- Spends online per month: $200')
    expect(text).toContain('- Amazon Prime member: no')
    expect(text).toContain(
      '"I usually do a lot research (e.g. reading online reviews) before making purchase." Strongly agree',
    )
    expect(text.match(/^- ".*" (Strongly|Somewhat|Neither)/gm)).toHaveLength(12)
    expect(text).toContain('- MBTI type: INFJ')
    expect(text).toContain('Big Five: Extraversion low, Agreeableness extremely high, Conscientiousness high')
  })

  it('prefers the interview summary to the transcript', () => {
    const text = renderPersona(scientist)
    expect(text).toContain('Summary of an interview with them:\n### Demographic Information')
    expect(text).not.toContain('Interviewer:')
    expect(text).toContain('- Amazon Prime member: yes')
  })

  it('falls back to the opening of the transcript, cut at a line end, saying how much was left out', () => {
    const { interviewSummary: _summary, ...withoutSummary } = scientist
    const transcript = withoutSummary.interviewTranscript ?? ''
    expect(transcript.length).toBeGreaterThan(TRANSCRIPT_CHAR_LIMIT)
    const text = renderPersona(withoutSummary)
    expect(text).toContain('From an interview with them:\nInterviewer:')
    const shown = text.slice(text.indexOf('Interviewer:'), text.indexOf('\n[… the rest'))
    expect(transcript.startsWith(shown)).toBe(true)
    expect(shown.length).toBeLessThanOrEqual(TRANSCRIPT_CHAR_LIMIT)
    expect(text).toMatch(/the rest of the interview, [\d,]+ characters, is left out\]$/)
  })

  it('is empty for a persona with nothing to show', () => {
    expect(renderPersona(persona('u'))).toBe('')
  })
})

describe('choosePersona', () => {
  const pool = [persona('c'), persona('a'), persona('b'), persona('d')]
  const own = pool[0]

  it('full gives the own persona and none gives nothing', () => {
    expect(choosePersona('full', own, pool, 7)).toBe(own)
    expect(choosePersona('none', own, pool, 7)).toBeUndefined()
    expect(choosePersona('full', undefined, pool, 7)).toBeUndefined()
  })

  it('shuffled never gives the own user when another exists, and is stable for a seed', () => {
    const drawn = new Set<string>()
    for (let seed = 0; seed < 200; seed++) {
      const chosen = choosePersona('shuffled', own, pool, seed)
      expect(chosen?.userId).not.toBe('c')
      expect(choosePersona('shuffled', own, pool, seed)).toBe(chosen)
      drawn.add(chosen?.userId ?? '')
    }
    expect([...drawn].sort()).toEqual(['a', 'b', 'd'])
  })

  it('shuffled does not depend on the order of the pool', () => {
    const reversed = [...pool].reverse()
    for (let seed = 0; seed < 20; seed++) {
      expect(choosePersona('shuffled', own, reversed, seed)?.userId).toBe(
        choosePersona('shuffled', own, pool, seed)?.userId,
      )
    }
  })

  it('shuffled swaps the two real users, and keeps the own persona when it is alone', () => {
    expect(choosePersona('shuffled', student, realPersonas, 3)).toBe(scientist)
    expect(choosePersona('shuffled', scientist, realPersonas, 3)).toBe(student)
    expect(choosePersona('shuffled', student, [student], 3)).toBe(student)
  })
})
