import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import type { Persona } from '../../traces/schema/index.js'
import { estimateImageTokens } from './estimate-tokens.js'
import { renderPrompt } from './render-prompt.js'
import { decisionContext, historyStep, userText } from './test-contexts.js'

const persona: Persona = {
  userId: 'u1',
  demographics: { city: 'Boston' },
  selfDescription: 'I research language models.',
  shopping: { prime: true },
  likert: {},
  bigFive: {},
}

const fiveSteps = [0, 1, 2, 3, 4].map((i) =>
  historyStep(
    i,
    i === 0
      ? { type: 'input', name: 'nav_bar.search_input', text: 'bike light' }
      : { type: 'click', name: `search_results.card_${i}.product_name` },
    {
      observation: { url: `https://www.amazon.com/page-${i}`, html: `<div name="page_${i}">page ${i}</div>` },
      ...(i === 2 ? { rationale: 'This one has better reviews.' } : {}),
    },
  ),
)

describe('renderPrompt', () => {
  it('is a system message and one user message, byte-identical across calls', async () => {
    const context = decisionContext({ history: fiveSteps, stepIndex: 5, persona, personaMode: 'full' })
    const first = await renderPrompt(context, { historyPages: 2 })
    const second = await renderPrompt(context, { historyPages: 2 })
    expect(first.messages.map((m) => m.role)).toEqual(['system', 'user'])
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    expect(first.image).toBeUndefined()
  })

  it('shows every previous step by default: url, action in the dialect and rationale', async () => {
    const context = decisionContext({ history: fiveSteps, stepIndex: 5 })
    const text = userText((await renderPrompt(context, { dialect: 'type_and_submit' })).messages)
    for (const i of [0, 1, 2, 3, 4]) expect(text).toContain(`Step ${i} on https://www.amazon.com/page-${i}\n`)
    expect(text).toContain(
      'Action: {"type":"type_and_submit","name":"nav_bar.search_input","text":"bike light"}',
    )
    expect(text).toContain(
      'Action: {"type":"click","name":"search_results.card_2.product_name"}\nRationale: This one has better reviews.',
    )
    expect(text.match(/^Rationale:/gm)).toHaveLength(1)
    expect(text).not.toContain('Page at that step')
    expect(text).toContain('This is step 5 of the session.\nURL: https://www.amazon.com/s?URL_MASKED')
  })

  it('keeps the last N steps with historyWindow, and the last pages with historyPages', async () => {
    const context = decisionContext({ history: fiveSteps, stepIndex: 5 })
    const text = userText((await renderPrompt(context, { historyWindow: 2, historyPages: 1 })).messages)
    expect(text).toContain('(3 earlier steps are not shown)')
    expect(text).not.toMatch(/^Step [0-2] /m)
    expect(text).toMatch(/^Step 3 /m)
    expect(text).toContain('Step 4 on https://www.amazon.com/page-4\nAction: ')
    expect(text).toContain('Page at that step:\n<div name="page_4">page 4</div>')
    expect(text).not.toContain('page_3')

    const none = userText((await renderPrompt(context, { historyWindow: 0 })).messages)
    expect(none).toContain('(5 earlier steps are not shown)')
    expect(none).not.toMatch(/^Step \d/m)
    const first = userText((await renderPrompt(decisionContext(), {})).messages)
    expect(first).toContain('Nothing yet: this is the first step.')
  })

  it('shows the persona unless the mode is none, and the task instruction when there is one', async () => {
    const full = userText(
      (
        await renderPrompt(
          decisionContext({
            persona,
            personaMode: 'full',
            intent: { instruction: 'Buy a bike light under $20', query: 'bike light' },
          }),
        )
      ).messages,
    )
    expect(full).toMatch(/^## The shopper\nDemographics:\n- City: Boston/)
    expect(full).toContain('## Their shopping task\nBuy a bike light under $20\n')
    expect(full).not.toContain('Search terms')
    const shuffled = userText(
      (await renderPrompt(decisionContext({ persona, personaMode: 'shuffled' }))).messages,
    )
    expect(shuffled).toContain('## The shopper')
    for (const context of [
      decisionContext({ persona, personaMode: 'none' }),
      decisionContext({ personaMode: 'full' }),
    ]) {
      const text = userText((await renderPrompt(context)).messages)
      expect(text).not.toContain('## The shopper')
      expect(text).not.toContain('shopping task')
      expect(text.startsWith('## What they did so far')).toBe(true)
    }
  })

  it('attaches the screenshot as a data URL only when both the option and the screenshot are given', async () => {
    const screenshot = await sharp({
      create: { width: 1920, height: 1080, channels: 3, background: { r: 200, g: 120, b: 40 } },
    })
      .png()
      .toBuffer()
    const withShot = decisionContext({ screenshot })
    const result = await renderPrompt(withShot, { image: { maxPixels: 500_000, format: 'webp' } })
    const content = result.messages[1]?.content
    if (!Array.isArray(content)) throw new Error('expected content parts')
    expect(content.map((part) => part.type)).toEqual(['text', 'image_url'])
    const url = content[1]?.type === 'image_url' ? content[1].image_url.url : ''
    expect(url).toMatch(/^data:image\/webp;base64,/)
    const decoded = await sharp(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')).metadata()
    expect(result.image).toEqual({
      width: decoded.width,
      height: decoded.height,
      mime: 'image/webp',
      bytes: Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').length,
    })
    expect(decoded.width * decoded.height).toBeLessThanOrEqual(500_000)
    expect(userText(result.messages)).toContain('A screenshot of the part of the page on screen is attached.')
    const textOnly = await renderPrompt(withShot, {})
    expect(
      result.estimatedTokens - textOnly.estimatedTokens - estimateImageTokens(decoded.width, decoded.height),
    ).toBeGreaterThan(0)

    for (const [context, options] of [
      [withShot, { image: false }],
      [withShot, {}],
      [decisionContext(), { image: {} }],
    ] as const) {
      const plain = await renderPrompt(context, options)
      expect(typeof plain.messages[1]?.content).toBe('string')
      expect(plain.image).toBeUndefined()
    }
  })

  it('rejects options out of range with E_USAGE', async () => {
    for (const options of [
      { historyWindow: -1 },
      { tokenBudget: 0 },
      { historyPages: 1.5 },
      { image: { quality: 0 } },
    ]) {
      await expect(renderPrompt(decisionContext(), options)).rejects.toSatisfy((error) =>
        isShopsimError(error, 'E_USAGE'),
      )
    }
  })
})
