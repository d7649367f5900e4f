import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../tests/fixtures.js'
import { isShopsimError } from '../errors.js'
import { parseCsv, parseCsvRows } from './csv.js'

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsvRows('a,b\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ])
  })

  it('reads the two real OPeRA user rows with their multi-line transcripts', () => {
    const rows = parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8'))
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(Object.keys(row)).toEqual([
        'user_id',
        'survey',
        'raw_survey',
        'interview_transcript',
        'interview_transcript_processed',
      ])
      expect(() => JSON.parse(row.survey ?? '')).not.toThrow()
      expect(row.interview_transcript).toContain('\nParticipant:')
    }
  })

  it('fails with a coded error on an unclosed quote or a ragged record', () => {
    for (const text of ['a,b\n"x,y\n', 'a,b\n1,2,3\n']) {
      try {
        parseCsv(text)
        expect.unreachable()
      } catch (error) {
        expect(isShopsimError(error, 'E_CSV')).toBe(true)
      }
    }
  })
})
