import type { Action, Element, Step } from '../../traces/schema/index.js'
import type { DecisionContext } from '../agents/policy.js'

/** Shared by the prompt tests: steps and contexts built in place, pages of a chosen size. */

export function historyStep(index: number, action: Action, extra: Partial<Step> = {}): Step {
  return {
    sessionId: 's1',
    actionId: `a${index}`,
    index,
    action,
    observation: { url: `https://www.amazon.com/page-${index}` },
    errors: [],
    ...extra,
  }
}

/** A page of `cards` result cards, each about `cardChars` characters, named `search_results.card_<i>`. */
export function resultsPage(cards: number, cardChars = 400): string {
  const filler = 'x'.repeat(Math.max(0, cardChars - 120))
  const items = Array.from(
    { length: cards },
    (_, i) =>
      `<div name="search_results.card_${i}"><a name="search_results.card_${i}.product_name">Card ${i} ${filler}</a></div><split-marker></split-marker>`,
  )
  return `<html><head></head><body><div name="nav_bar"><input name="nav_bar.search_input" value="" type="text"></div><div name="search_results">${items.join('')}</div></body></html>`
}

/** The element table of `resultsPage`: the first `onScreen` cards are in the viewport. */
export function resultsElements(cards: number, onScreen: number): Element[] {
  const top: Element[] = [
    { name: 'nav_bar', tag: 'div', text: '', visible: true, inViewport: true },
    { name: 'nav_bar.search_input', tag: 'input', text: '', visible: true, inViewport: true },
    { name: 'search_results', tag: 'div', text: '', visible: true, inViewport: true },
  ]
  const cardElements = Array.from({ length: cards }, (_, i): Element[] => [
    { name: `search_results.card_${i}`, tag: 'div', text: '', visible: true, inViewport: i < onScreen },
    {
      name: `search_results.card_${i}.product_name`,
      tag: 'a',
      text: '',
      visible: true,
      inViewport: i < onScreen,
    },
  ]).flat()
  return [...top, ...cardElements]
}

export function decisionContext(overrides: Partial<DecisionContext> = {}): DecisionContext {
  return {
    sessionId: 's1',
    stepIndex: 0,
    personaMode: 'none',
    history: [],
    observation: { url: 'https://www.amazon.com/s?URL_MASKED', html: resultsPage(3) },
    seed: 1,
    ...overrides,
  }
}

export function userText(messages: { content: unknown }[]): string {
  const content = messages[1]?.content
  if (typeof content === 'string') return content
  if (Array.isArray(content)) {
    const text = content.find((part: { type: string }) => part.type === 'text') as
      | { text: string }
      | undefined
    return text?.text ?? ''
  }
  return ''
}
