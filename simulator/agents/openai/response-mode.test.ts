import { describe, expect, it } from 'vitest'
import { parseCompletion } from '../../../rewards/index.js'
import { laterMode, outputJsonSchema, outputSchema } from './response-mode.js'

describe('the output schema', () => {
  it('accepts exactly what the strict parser accepts, per dialect', () => {
    const samples = [
      { rationale: 'r', action: { type: 'click', name: 'a' } },
      { rationale: 'r', action: { type: 'input', name: 'q', text: 'bike' } },
      { rationale: 'r', action: { type: 'type_and_submit', name: 'q', text: 'bike' } },
      { rationale: 'r', action: { type: 'terminate' } },
      { rationale: 'r', action: { type: 'click' } },
      { rationale: 'r', action: { type: 'terminate' }, extra: 1 },
      { action: { type: 'terminate' } },
    ]
    for (const dialect of ['input', 'type_and_submit'] as const) {
      const schema = outputSchema(dialect)
      for (const sample of samples) {
        const parsed = parseCompletion(JSON.stringify(sample), 'strict')
        const wrongDialect = sample.action.type === (dialect === 'input' ? 'type_and_submit' : 'input')
        expect(schema.safeParse(sample).success, JSON.stringify(sample)).toBe(parsed.ok && !wrongDialect)
      }
    }
  })

  it('is a JSON schema OpenAI strict mode takes: every object closed and fully required, no $schema', () => {
    const schema = outputJsonSchema('input')
    expect(schema.$schema).toBeUndefined()
    const objects: Record<string, unknown>[] = []
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return
      const record = node as Record<string, unknown>
      if (record.type === 'object') objects.push(record)
      for (const value of Object.values(record)) walk(value)
    }
    walk(schema)
    expect(objects).toHaveLength(4)
    for (const object of objects) {
      expect(object.additionalProperties).toBe(false)
      expect(object.required).toEqual(Object.keys(object.properties as object))
    }
    expect(JSON.stringify(schema)).not.toContain('"const"')
  })

  it('only ever moves down the fallback ladder', () => {
    expect(laterMode('json_schema', 'json_object')).toBe('json_object')
    expect(laterMode('prompt', 'json_object')).toBe('prompt')
  })
})
