import { describe, expect, it } from 'vitest'
import { parseJsonl } from './jsonl.js'

const bytes = (text: string) => Buffer.from(text, 'utf8')

describe('parseJsonl', () => {
  it('reads whole lines and skips blank ones', () => {
    const parsed = parseJsonl(bytes('{"a":1}\n\n{"b":"é"}\n'))
    expect(parsed.records).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { b: 'é' } },
    ])
    expect(parsed.tornTail).toBeUndefined()
    expect(parsed.validBytes).toBe(bytes('{"a":1}\n\n{"b":"é"}\n').length)
  })

  it('treats an unterminated last line as torn, even if it parses', () => {
    for (const tail of ['{"b":', '{"b":2}', '\0\0\0']) {
      const parsed = parseJsonl(bytes(`{"a":"é"}\n${tail}`))
      expect(parsed.records).toHaveLength(1)
      expect(parsed.tornTail).toEqual({ line: 2, bytes: tail.length })
      expect(parsed.validBytes).toBe(bytes('{"a":"é"}\n').length)
    }
  })

  it('treats an unparsable terminated last line as torn', () => {
    const parsed = parseJsonl(bytes('{"a":1}\n{"b":\n'))
    expect(parsed.tornTail).toEqual({ line: 2, bytes: 6 })
    expect(parsed.validBytes).toBe(8)
    expect(parsed.invalid).toEqual([])
  })

  it('reports an invalid line in the middle with its number and keeps going', () => {
    const parsed = parseJsonl(bytes('{"a":1}\nnot json\n{"c":3}\n{"d":'))
    expect(parsed.invalid).toEqual([{ line: 2, message: expect.any(String) }])
    expect(parsed.records.map((r) => r.line)).toEqual([1, 3])
    expect(parsed.tornTail).toEqual({ line: 4, bytes: 5 })
  })

  it('reads an empty file as nothing', () => {
    expect(parseJsonl(new Uint8Array())).toEqual({
      records: [],
      invalid: [],
      tornTail: undefined,
      validBytes: 0,
    })
  })
})
