import { describe, expect, it } from 'vitest'
import type { DecisionContext } from '../agents/policy.js'
import { pruneOutsideViewport } from './prune-outside-viewport.js'
import { renderPrompt } from './render-prompt.js'
import { decisionContext, historyStep, resultsElements, resultsPage, userText } from './test-contexts.js'
import { truncateHtml } from './truncate-html.js'

const CARDS = 40
const ON_SCREEN = 5

function budgetContext(withElements = true): DecisionContext {
  const history = [0, 1, 2].map((i) =>
    historyStep(
      i,
      { type: 'click', name: `search_results.card_${i}.product_name` },
      {
        observation: { url: `https://www.amazon.com/s?page=${i}`, html: resultsPage(20 + i) },
        ...(i === 1 ? { rationale: 'The second one looked sturdier.' } : {}),
      },
    ),
  )
  return decisionContext({
    stepIndex: 3,
    history,
    personaMode: 'full',
    persona: {
      userId: 'u1',
      demographics: { city: 'Blacksburg' },
      shopping: {},
      likert: {},
      bigFive: {},
    },
    observation: {
      url: 'https://www.amazon.com/s?URL_MASKED',
      html: resultsPage(CARDS),
      ...(withElements ? { elements: resultsElements(CARDS, ON_SCREEN) } : {}),
    },
  })
}

/** What must survive every cut: the persona and every action line. */
function expectKeptEssentials(text: string) {
  expect(text).toContain('- City: Blacksburg')
  for (const i of [0, 1, 2]) expect(text).toContain(`"name":"search_results.card_${i}.product_name"}`)
  expect(text).toContain('Rationale: The second one looked sturdier.')
}

describe('context budget', () => {
  it('cuts in order: older pages oldest first, then off-screen elements, then the end of the page', async () => {
    const context = budgetContext()
    const options = { historyPages: 3 }
    const full = await renderPrompt(context, { ...options, tokenBudget: 1_000_000 })
    expect(full.cut).toEqual([])
    expect(userText(full.messages).match(/Page at that step:/g)).toHaveLength(3)

    const stillFits = await renderPrompt(context, { ...options, tokenBudget: full.estimatedTokens })
    expect(stillFits.cut).toEqual([])

    const oneOver = await renderPrompt(context, { ...options, tokenBudget: full.estimatedTokens - 1 })
    expect(oneOver.cut).toEqual([expect.stringMatching(/^history step 0 page html \([\d,]+ tokens\)$/)])
    expect(userText(oneOver.messages).match(/Page at that step:/g)).toHaveLength(2)

    const noPages = await renderPrompt(context, { tokenBudget: 1_000_000 })
    const prune = await renderPrompt(context, { ...options, tokenBudget: noPages.estimatedTokens - 1 })
    expect(prune.cut).toEqual([
      expect.stringMatching(/^history step 0 page html/),
      expect.stringMatching(/^history step 1 page html/),
      expect.stringMatching(/^history step 2 page html/),
      `current page: ${2 * (CARDS - ON_SCREEN)} elements outside the viewport`,
    ])
    const pruned = userText(prune.messages)
    expect(pruned).toContain('name="search_results.card_4.product_name"')
    expect(pruned).not.toContain('name="search_results.card_5"')
    expect(prune.estimatedTokens).toBeLessThanOrEqual(noPages.estimatedTokens - 1)

    for (const shrink of [1, 200, 600]) {
      const budget = prune.estimatedTokens - shrink
      const truncated = await renderPrompt(context, { ...options, tokenBudget: budget })
      expect(truncated.cut.slice(0, 4)).toEqual(prune.cut)
      expect(truncated.cut[4]).toMatch(/^current page: truncated [\d,]+ characters$/)
      expect(truncated.cut).toHaveLength(5)
      expect(truncated.estimatedTokens).toBeLessThanOrEqual(budget)
      const text = userText(truncated.messages)
      expect(text).toMatch(/<!-- the rest of this page, [\d,]+ characters, was cut to fit the context -->/)
      expectKeptEssentials(text)
    }
  })

  it('goes straight to truncation when there is no element table', async () => {
    const context = budgetContext(false)
    const noPages = await renderPrompt(context, { tokenBudget: 1_000_000 })
    const result = await renderPrompt(context, { historyPages: 3, tokenBudget: noPages.estimatedTokens - 50 })
    expect(result.cut).toHaveLength(4)
    expect(result.cut[3]).toMatch(/^current page: truncated/)
    expect(result.estimatedTokens).toBeLessThanOrEqual(noPages.estimatedTokens - 50)
  })

  it('never cuts the system prompt, persona or action lines, even when they alone exceed the budget', async () => {
    const result = await renderPrompt(budgetContext(), { historyPages: 3, tokenBudget: 100 })
    expect(result.estimatedTokens).toBeGreaterThan(100)
    const prunedPage = pruneOutsideViewport(resultsPage(CARDS), resultsElements(CARDS, ON_SCREEN)).html
    expect(result.cut.at(-1)).toBe(
      `current page: truncated ${prunedPage.length.toLocaleString('en-US')} characters`,
    )
    expect(userText(result.messages)).toContain('Simplified HTML: (none)\n\n## Your answer')
    expect(result.messages[0]?.content).toContain('You are simulating one real person')
    expectKeptEssentials(userText(result.messages))
  })
})

describe('pruneOutsideViewport', () => {
  it('keeps containers of on-screen elements, repeated names listed on screen, and the rest verbatim', () => {
    const html =
      '<div name="list"><div name="list.a">A &amp; a</div><div name="list.b">B</div></div>' +
      '<select name="sort"><span name="sort.open_drop_down_list">Sort</span><a name="sort.price" value="">Price</a></select>' +
      '<div name="dup">1</div><div name="dup">2</div><input name="q" value="">'
    const result = pruneOutsideViewport(html, [
      { name: 'list', tag: 'div', text: '', visible: true, inViewport: false },
      { name: 'list.a', tag: 'div', text: '', visible: true, inViewport: true },
      { name: 'list.b', tag: 'div', text: '', visible: true, inViewport: false },
      { name: 'dup', tag: 'div', text: '', visible: true, inViewport: false },
      { name: 'dup', tag: 'div', text: '', visible: true, inViewport: true },
      { name: 'q', tag: 'input', text: '', visible: false },
    ])
    expect(result.removed).toBe(2)
    expect(result.html).toBe(
      '<div name="list"><div name="list.a">A &amp; a</div></div>' +
        '<select name="sort"><span name="sort.open_drop_down_list">Sort</span><a name="sort.price" value="">Price</a></select>' +
        '<div name="dup">1</div><div name="dup">2</div>',
    )
  })

  it('returns the page untouched when nothing is off screen', () => {
    const html = resultsPage(2)
    expect(pruneOutsideViewport(html, resultsElements(2, 2))).toEqual({ html, removed: 0 })
  })
})

describe('truncateHtml', () => {
  it('cuts before a tag, ends with a marker, and stays within the limit', () => {
    const html = resultsPage(30)
    for (const maxChars of [200, 1000, 5000]) {
      const result = truncateHtml(html, maxChars)
      expect(result.html.length).toBeLessThanOrEqual(maxChars)
      const kept = result.html.slice(0, result.html.indexOf('<!-- the rest'))
      expect(html.startsWith(kept)).toBe(true)
      expect(html[kept.length]).toBe('<')
      expect(result.cutChars).toBe(html.length - kept.length)
      expect(result.html).toContain(`${result.cutChars.toLocaleString('en-US')} characters`)
    }
    expect(truncateHtml(html, html.length)).toEqual({ html, cutChars: 0 })
  })
})
