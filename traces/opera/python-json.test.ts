import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../tests/fixtures.js'
import { parseCsv } from './csv.js'
import { pythonJson } from './python-json.js'

describe('pythonJson', () => {
  it('writes what json.dumps writes', () => {
    expect(pythonJson({ width: 1920, height: 934 })).toBe('{"width": 1920, "height": 934}')
    expect(pythonJson({ a: [1, 'two', null, true], b: {}, c: [] })).toBe(
      '{"a": [1, "two", null, true], "b": {}, "c": []}',
    )
    expect(pythonJson('café 😀 "q"\n\u0001')).toBe('"caf\\u00e9 \\ud83d\\ude00 \\"q\\"\\n\\u0001"')
    expect(pythonJson({ skip: undefined, keep: 1 })).toBe('{"keep": 1}')
  })

  it('reproduces the real OPeRA survey strings byte for byte', () => {
    for (const row of parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8'))) {
      for (const column of ['survey', 'raw_survey'] as const) {
        const text = row[column] ?? ''
        expect(pythonJson(JSON.parse(text))).toBe(text)
      }
    }
  })
})
