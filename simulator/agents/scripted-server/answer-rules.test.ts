import { describe, expect, it } from 'vitest'
import { actionAnswer, firstNameAnswer, oracleAnswer, oracleMarker, scriptedAnswers } from './answer-rules.js'
import { ChatRequestSchema, type ScriptedRequest, toScriptedRequest } from './chat-request.js'

function request(messages: unknown[], index = 0): ScriptedRequest {
  return toScriptedRequest(ChatRequestSchema.parse({ model: 'm', messages }), index)
}

describe('answer rules', () => {
  it('firstNameAnswer clicks the first name of the last user message, or terminates', () => {
    const rule = firstNameAnswer()
    const page = request([
      { role: 'user', content: '<a name="old.link">x</a>' },
      { role: 'assistant', content: 'ok' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Page: <button name="buybox.buy_now">Buy</button><a name="later">' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
        ],
      },
    ])
    expect(JSON.parse(rule(page) as string)).toMatchObject({
      action: { type: 'click', name: 'buybox.buy_now' },
    })
    expect(page.imageUrls).toEqual(['data:image/png;base64,AAAA'])
    expect(JSON.parse(rule(request([{ role: 'user', content: 'empty' }])) as string)).toMatchObject({
      action: { type: 'terminate' },
    })
  })

  it('oracleAnswer echoes the last embedded marker verbatim, whatever it holds', () => {
    const gold = actionAnswer({ type: 'input', name: 'search "q"', text: 'héllo -->' }, 'r')
    const rule = oracleAnswer()
    const withMarker = request([
      { role: 'system', content: oracleMarker('stale') },
      { role: 'user', content: `<html>${oracleMarker(gold)}<a name="x"></a></html>` },
    ])
    expect(rule(withMarker)).toBe(gold)
    expect(JSON.parse(rule(request([{ role: 'user', content: '<a name="x">' }])) as string)).toMatchObject({
      action: { name: 'x' },
    })
  })

  it('scriptedAnswers answers in order and starts over', () => {
    const rule = scriptedAnswers(['a', 'b'])
    const any = request([{ role: 'user', content: '' }])
    expect([rule(any), rule(any), rule(any)]).toEqual(['a', 'b', 'a'])
  })
})
