import { type CheerioAPI, load } from 'cheerio'
import type { AnyNode, Element } from 'domhandler'
import type { MatchedElement, MatchRun, Probe, ProbeValue, QueryPlan, RecipePlan } from './match-plan.js'
import type { KeptAttribute } from './recipe-schema.js'

const SKIPPED_TEXT = new Set(['script', 'style', 'noscript', 'template'])
/** Elements whose text is set apart by spaces; the same list as in match-in-page.ts. */
export const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
)

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style'
}

/** The in-page textOf over cheerio's tree: no scripts or styles, images as their alt, blocks spaced. */
export function offlineText(node: Element): string {
  if (node.name === 'img') return node.attribs.alt ?? ''
  let out = ''
  const walk = (current: Element): void => {
    for (const child of current.children) {
      if (child.type === 'text') out += child.data
      else if (isElement(child)) {
        if (SKIPPED_TEXT.has(child.name)) continue
        if (child.name === 'img') out += ` ${child.attribs.alt ?? ''} `
        else if (BLOCK_TAGS.has(child.name)) {
          out += ' '
          walk(child)
          out += ' '
        } else walk(child)
      }
    }
  }
  walk(node)
  return out.replace(/\s+/g, ' ').trim()
}

/**
 * Without layout, visibility is a static guess: the `hidden` attribute and inline `display:none` /
 * `visibility:hidden` on the element or an ancestor. Stylesheets and classes are not evaluated.
 */
function staticallyVisible(element: Element): boolean {
  for (let node: Element | null = element; node !== null; ) {
    if (node.attribs.hidden !== undefined) return false
    const style = (node.attribs.style ?? '').replace(/\s+/g, '').toLowerCase()
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false
    const parent: AnyNode | null = node.parent
    node = parent !== null && isElement(parent) ? parent : null
  }
  return true
}

function previousElement(element: Element): Element | null {
  for (let node = element.prev; node !== null; node = node.prev) if (isElement(node)) return node
  return null
}

/** The offline twin of matchDocumentInPage: same plan, same matched tree, no boxes. */
export function matchDocumentOffline(
  $: CheerioAPI,
  recipes: RecipePlan[],
  keptAttributes: readonly KeptAttribute[],
): MatchRun & { elements: Element[] } {
  const elements: Element[] = []
  const errors: string[] = []
  const queryAll = (root: Element | null, selector: string): Element[] => {
    try {
      return (root === null ? $(selector) : $(root).find(selector)).toArray().filter(isElement)
    } catch (error) {
      errors.push(`selector ${selector}: ${String(error)}`)
      return []
    }
  }
  const matches = (element: Element, selector: string): boolean => {
    try {
      return $(element).is(selector)
    } catch (error) {
      errors.push(`selector ${selector}: ${String(error)}`)
      return false
    }
  }
  const readAttribute = (element: Element, attribute: string): string | null => {
    if (attribute === 'value' && element.name === 'select')
      return selectOptions(element).find((option) => option.selected)?.value ?? ''
    if (attribute === 'value' && element.name === 'textarea') return offlineText(element)
    return element.attribs[attribute] ?? null
  }
  // A select's options as the browser sees them: the `selected` one, else the first.
  const selectOptions = (element: Element) => {
    const options = queryAll(element, 'option').map((option) => ({
      option,
      value: option.attribs.value ?? offlineText(option),
      text: offlineText(option),
      selected: option.attribs.selected !== undefined,
    }))
    const anySelected = options.some((option) => option.selected)
    return options.map((option, index) => ({
      ...option,
      selected: anySelected ? option.selected : index === 0,
    }))
  }
  const readProbe = (element: Element, probe: Probe): ProbeValue => {
    let subject: Element | null = element
    if (probe.relation === 'previous-sibling') subject = previousElement(element)
    else if (probe.relation === 'parent')
      subject = element.parent !== null && isElement(element.parent) ? element.parent : null
    if (subject === null) return probe.many ? [] : null
    const read = (target: Element): string | null =>
      probe.attribute === null ? offlineText(target) : readAttribute(target, probe.attribute)
    if (probe.of === null || probe.ofScoped === null)
      return probe.many ? [read(subject) ?? ''] : read(subject)
    if (probe.many) {
      const found = matches(subject, probe.of) ? [subject] : queryAll(subject, probe.ofScoped)
      return found.map((target) => read(target) ?? '')
    }
    const target = matches(subject, probe.of) ? subject : (queryAll(subject, probe.ofScoped)[0] ?? null)
    return target === null ? null : read(target)
  }

  const visit = (element: Element, plan: QueryPlan): MatchedElement => {
    const ref = elements.length
    elements.push(element)
    const attributes: Partial<Record<KeptAttribute, string>> = {}
    for (const name of keptAttributes) {
      const value = element.attribs[name]
      if (value !== undefined) attributes[name] = value
    }
    const matched: MatchedElement = {
      ref,
      tag: element.name,
      attributes,
      text: plan.text ? offlineText(element) : null,
      probes: plan.probes.map((probe) => readProbe(element, probe)),
      visible: staticallyVisible(element),
      children: [],
    }
    if (plan.control === 'input') matched.value = readAttribute(element, 'value') ?? ''
    if (plan.control === 'toggle') matched.checked = element.attribs.checked !== undefined
    if (plan.control === 'select') {
      matched.options = selectOptions(element).map(({ option, value, text, selected }) => {
        const optionRef = elements.length
        elements.push(option)
        return { ref: optionRef, value, text, selected }
      })
    }
    if (plan.selectedWhen !== null) matched.selected = matches(element, plan.selectedWhen)
    matched.children = plan.children.map((child) => run(element, child))
    return matched
  }
  const run = (root: Element | null, plan: QueryPlan): MatchedElement[] => {
    let found = queryAll(plan.global ? null : root, plan.selector)
    if (plan.first) found = found.slice(0, 1)
    if (plan.limit !== null) found = found.slice(0, plan.limit)
    return found.map((element) => visit(element, plan))
  }

  const chosen = recipes.find(
    (recipe) =>
      recipe.urlMatches ||
      recipe.selectors.some((selector) => queryAll(null, selector).length > 0) ||
      recipe.fallback,
  )
  if (chosen === undefined) return { recipe: null, nodes: [], pageMeta: [], errors, elements }
  const nodes = chosen.nodes.map((plan) => run(null, plan))
  const pageMeta = chosen.pageMeta.map((plan) => run(null, plan))
  return { recipe: chosen.id, nodes, pageMeta, errors, elements }
}

/**
 * Parses like Chromium with JavaScript off (how saved pages are rendered): `<noscript>` content is
 * markup, not text.
 */
export function parseHtml(html: string): CheerioAPI {
  return load(html, { scriptingEnabled: false })
}
