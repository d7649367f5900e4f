import { describe, expect, it } from 'vitest'
import { parseCompletion } from '../../rewards/index.js'
import type { Action, ActionDialect } from '../../traces/schema/index.js'
import { renderAction, renderAssistantTarget } from './action-json.js'
import { systemPrompt } from './system-prompt.js'

const DIALECTS: ActionDialect[] = ['input', 'type_and_submit']
const ACTIONS: Action[] = [
  { type: 'click', name: 'buybox.one_time_purchase.purchase_form.add_to_cart' },
  { type: 'input', name: 'nav_bar.search_input', text: 'bike tail light' },
  { type: 'terminate' },
]

describe('system prompt', () => {
  it.each(DIALECTS)('names the %s dialect for typing and shows only that spelling', (dialect) => {
    const prompt = systemPrompt(dialect)
    const other = dialect === 'input' ? 'type_and_submit' : '"input"'
    expect(prompt).toContain(`{"type": "${dialect}", "name": <name>, "text": <the text typed>}`)
    expect(prompt).toContain(`"action":{"type":"${dialect}","name":"nav_bar.search_input"`)
    expect(prompt).not.toContain(other)
    expect(prompt).toMatch(/name="\.\.\."/)
    expect(prompt).toMatch(/exactly two keys: "rationale".*"action"/s)
  })

  it('shows examples that the strict parser accepts', () => {
    for (const dialect of DIALECTS) {
      const examples = systemPrompt(dialect)
        .split('\n')
        .filter((line) => line.startsWith('{"rationale"'))
      expect(examples).toHaveLength(3)
      for (const example of examples) expect(parseCompletion(example, 'strict').ok).toBe(true)
    }
  })
})

describe('assistant target', () => {
  it.each(DIALECTS)('parses back strictly to the same action in the %s dialect', (dialect) => {
    for (const action of ACTIONS) {
      const target = renderAssistantTarget({ rationale: 'I want the cheaper one.', action }, dialect)
      const parsed = parseCompletion(target, 'strict')
      expect(parsed).toMatchObject({ ok: true, rationale: 'I want the cheaper one.', action })
      if (action.type === 'input') expect(parsed).toMatchObject({ dialect })
    }
  })

  it('spells input per dialect, with a fixed key order and an empty rationale when there is none', () => {
    const input: Action = { text: 'moving bo', name: 'nav_bar.search_input', type: 'input' }
    expect(renderAssistantTarget({ action: input }, 'type_and_submit')).toBe(
      '{"rationale":"","action":{"type":"type_and_submit","name":"nav_bar.search_input","text":"moving bo"}}',
    )
    expect(renderAssistantTarget({ action: input }, 'input')).toBe(
      '{"rationale":"","action":{"type":"input","name":"nav_bar.search_input","text":"moving bo"}}',
    )
  })

  it('renders the full version actions for histories', () => {
    expect(renderAction({ type: 'scroll', detail: { dy: 300 } }, 'input')).toBe(
      '{"type":"scroll","detail":{"dy":300}}',
    )
    expect(renderAction({ type: 'navigation', navigationType: 'back' }, 'input')).toBe(
      '{"type":"navigation","navigationType":"back"}',
    )
    expect(renderAction({ type: 'tab_activate' }, 'input')).toBe('{"type":"tab_activate"}')
  })
})
