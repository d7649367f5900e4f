import { type CheerioAPI, load } from 'cheerio'
import type { Element } from 'domhandler'
import type { Observation, PageMeta } from '../../../../traces/schema/observation.js'

/** One named element of the simplified page, first of its name in document order. */
export interface NamedElement {
  name: string
  tag: string
  /** Visible text; an image's alt, an input's value. Whitespace collapsed. */
  text: string
  attributes: Readonly<Record<string, string>>
  classes: readonly string[]
}

/** The simplified page as the shopper reads it: its names, their text, and where they sit. */
export interface PageView {
  url: string | undefined
  /** The URL path ('' when unknown); the query is ignored because OPeRA masks it. */
  path: string
  /** Every name once, in document order. */
  elements: readonly NamedElement[]
  pageMeta: PageMeta
  get(name: string): NamedElement | undefined
  /** Present in the page: the only names the shopper acts on. */
  canAct(name: string): boolean
  /** Text of the first descendant of a named element matching a CSS selector. */
  textWithin(name: string, selector: string): string | undefined
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function pathOf(url: string | undefined): string {
  if (url === undefined) return ''
  try {
    return new URL(url).pathname
  } catch {
    return ''
  }
}

function elementText($: CheerioAPI, node: Element): string {
  const tag = node.tagName.toLowerCase()
  if (tag === 'img') return collapse($(node).attr('alt') ?? '')
  if (tag === 'input') return collapse($(node).attr('value') ?? '')
  return collapse($(node).text())
}

/**
 * Parses the simplified HTML with htmlparser2, not a spec parser: OPeRA writes a `<select>` as a span and one
 * link per option, which a browser-grade parser would drop, and those options are names the shopper can use.
 */
export function readPage(observation: Observation): PageView {
  const $ = load(observation.html ?? '', { xml: { xmlMode: false } })
  const nodes = new Map<string, Element>()
  const elements: NamedElement[] = []
  $('[name]').each((_, node) => {
    const name = $(node).attr('name') ?? ''
    if (name === '' || nodes.has(name)) return
    nodes.set(name, node)
    elements.push({
      name,
      tag: node.tagName.toLowerCase(),
      text: elementText($, node),
      attributes: { ...node.attribs },
      classes: (node.attribs.class ?? '').split(/\s+/).filter((c) => c !== ''),
    })
  })
  const byName = new Map(elements.map((e) => [e.name, e]))
  return {
    url: observation.url,
    path: pathOf(observation.url),
    elements,
    pageMeta: observation.pageMeta ?? {},
    get: (name) => byName.get(name),
    // Not filtered by the element table's `visible`: amazon's buttons are transparent inputs laid over their
    // label, which the table reports as hidden although a click on them works.
    canAct: (name) => byName.has(name),
    textWithin(name, selector) {
      const node = nodes.get(name)
      if (!node) return undefined
      const found = $(node).find(selector).first()
      return found.length === 0 ? undefined : collapse(found.text())
    },
  }
}

/** The names a page offers, for tests and baselines: every non-empty `name` attribute, once. */
export function namesOf(observation: Observation): string[] {
  return readPage(observation).elements.map((e) => e.name)
}
