import { describe, expect, it } from 'vitest'
import { ActionInputSchema, ActionSchema, actionToDialect, CoreActionInputSchema } from './action.js'

describe('Action', () => {
  it('accepts type_and_submit as input on the way in', () => {
    expect(
      ActionInputSchema.parse({ type: 'type_and_submit', name: 'nav_bar.search_input', text: 'usb c cable' }),
    ).toEqual({
      type: 'input',
      name: 'nav_bar.search_input',
      text: 'usb c cable',
    })
  })

  it('accepts tabActivate for tab_activate (the dataset card spells it both ways)', () => {
    expect(ActionInputSchema.parse({ type: 'tabActivate' })).toEqual({ type: 'tab_activate' })
  })

  it('rejects unknown types and missing fields', () => {
    expect(ActionInputSchema.safeParse({ type: 'hover', name: 'x' }).success).toBe(false)
    expect(ActionInputSchema.safeParse({ type: 'click' }).success).toBe(false)
    expect(ActionInputSchema.safeParse({ type: 'input', name: 'x' }).success).toBe(false)
    expect(ActionSchema.safeParse({ type: 'type_and_submit', name: 'x', text: 'y' }).success).toBe(false)
  })

  it('keeps the core action space to click, input and terminate', () => {
    expect(CoreActionInputSchema.safeParse({ type: 'scroll' }).success).toBe(false)
    expect(CoreActionInputSchema.parse({ type: 'terminate' })).toEqual({ type: 'terminate' })
  })

  it('writes either dialect on the way out', () => {
    const action = { type: 'input', name: 'nav_bar.search_input', text: 'x' } as const
    expect(actionToDialect(action, 'type_and_submit')).toEqual({ ...action, type: 'type_and_submit' })
    expect(actionToDialect(action, 'input')).toEqual(action)
    expect(actionToDialect({ type: 'terminate' }, 'type_and_submit')).toEqual({ type: 'terminate' })
  })
})
