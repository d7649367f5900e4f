import type { MatchedElement, MatchRun, ProbeValue, QueryPlan, RecipePlan } from './match-plan.js'

export interface InPageInput {
  recipes: RecipePlan[]
  keptAttributes: readonly string[]
  /** Property of `window` that keeps the matched elements until their names come back to be marked. */
  stashKey: string
}

/**
 * Runs INSIDE the page (serialised with toString), so it must stay self-contained: no imports, no
 * helpers from outside its body. One call picks the recipe, walks its plan with scoped
 * querySelectorAll, and reads tags, kept attributes, text, control state and probes; boxes are read in
 * one batch at the end (reads only, so the page lays out once). Nothing is written to the DOM here.
 */
export function matchDocumentInPage(input: InPageInput): MatchRun {
  const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'])
  const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA'])
  // Kept in step with BLOCK_TAGS in match-offline.ts (a test compares both backends on real pages).
  const BLOCK_TAGS = new Set(
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
      ' ',
    ),
  )
  const elements: Element[] = []
  const pending: { element: Element; matched: MatchedElement }[] = []
  const errors: string[] = []

  const queryAll = (root: ParentNode, selector: string): Element[] => {
    try {
      return Array.from(root.querySelectorAll(selector))
    } catch (error) {
      errors.push(`selector ${selector}: ${String(error)}`)
      return []
    }
  }
  const matches = (element: Element, selector: string): boolean => {
    try {
      return element.matches(selector)
    } catch (error) {
      errors.push(`selector ${selector}: ${String(error)}`)
      return false
    }
  }
  // textContent without scripts and styles, where an image counts as its alt text and block elements
  // are separated by a space (as innerText would, without needing styles, which cheerio lacks).
  const textOf = (node: Node): string => {
    let out = ''
    const walk = (current: Node): void => {
      for (let child = current.firstChild; child !== null; child = child.nextSibling) {
        if (child.nodeType === 3) out += (child as Text).data
        else if (child.nodeType === 1) {
          const element = child as Element
          if (SKIPPED_TEXT.has(element.tagName)) continue
          if (element.tagName === 'IMG') out += ` ${element.getAttribute('alt') ?? ''} `
          else if (BLOCK_TAGS.has(element.tagName)) {
            out += ' '
            walk(element)
            out += ' '
          } else walk(element)
        }
      }
    }
    if (node.nodeType === 1 && (node as Element).tagName === 'IMG')
      return (node as Element).getAttribute('alt') ?? ''
    walk(node)
    return out.replace(/\s+/g, ' ').trim()
  }
  const readAttribute = (element: Element, attribute: string): string | null => {
    // Form controls report what the user typed or picked; elsewhere (li, option, button) `value` is the attribute.
    if (attribute === 'value' && FORM_CONTROLS.has(element.tagName))
      return String((element as HTMLInputElement).value)
    return element.getAttribute(attribute)
  }
  const readProbe = (element: Element, probe: QueryPlan['probes'][number]): ProbeValue => {
    let subject: Element | null = element
    if (probe.relation === 'previous-sibling') subject = element.previousElementSibling
    else if (probe.relation === 'parent') subject = element.parentElement
    if (subject === null) return probe.many ? [] : null
    const read = (target: Element): string | null =>
      probe.attribute === null ? textOf(target) : readAttribute(target, probe.attribute)
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
    const attributes: Record<string, string> = {}
    for (const name of input.keptAttributes) {
      const value = element.getAttribute(name)
      if (value !== null) attributes[name] = value
    }
    const matched: MatchedElement = {
      ref,
      tag: element.tagName.toLowerCase(),
      attributes,
      text: plan.text ? textOf(element) : null,
      probes: plan.probes.map((probe) => readProbe(element, probe)),
      children: [],
    }
    if (plan.control === 'input') matched.value = readAttribute(element, 'value') ?? ''
    if (plan.control === 'toggle') matched.checked = (element as HTMLInputElement).checked === true
    if (plan.control === 'select') {
      const options = element instanceof HTMLSelectElement ? Array.from(element.options) : []
      matched.options = options.map((option) => {
        const optionRef = elements.length
        elements.push(option)
        return { ref: optionRef, value: option.value, text: textOf(option), selected: option.selected }
      })
    }
    if (plan.selectedWhen !== null) matched.selected = matches(element, plan.selectedWhen)
    pending.push({ element, matched })
    matched.children = plan.children.map((child) => run(element, child))
    return matched
  }
  const run = (root: Element | Document, plan: QueryPlan): MatchedElement[] => {
    let found = queryAll(plan.global ? document : root, plan.selector)
    if (plan.first) found = found.slice(0, 1)
    if (plan.limit !== null) found = found.slice(0, plan.limit)
    return found.map((element) => visit(element, plan))
  }

  const chosen = input.recipes.find(
    (recipe) =>
      recipe.urlMatches ||
      recipe.selectors.some((selector) => {
        try {
          return document.querySelector(selector) !== null
        } catch (error) {
          errors.push(`selector ${selector}: ${String(error)}`)
          return false
        }
      }) ||
      recipe.fallback,
  )
  // Stashed even when nothing matched, so marking still clears the previous observation's marks.
  Object.defineProperty(window, input.stashKey, { value: elements, configurable: true, enumerable: false })
  if (chosen === undefined) return { recipe: null, nodes: [], pageMeta: [], errors }
  const nodes = chosen.nodes.map((plan) => run(document, plan))
  const pageMeta = chosen.pageMeta.map((plan) => run(document, plan))

  const width = window.innerWidth
  const height = window.innerHeight
  for (const { element, matched } of pending) {
    const rect = element.getBoundingClientRect()
    matched.box = { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
    const styled =
      typeof element.checkVisibility === 'function'
        ? element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
        : true
    matched.visible = styled && rect.width > 0 && rect.height > 0
    matched.inViewport = rect.right > 0 && rect.bottom > 0 && rect.left < width && rect.top < height
  }
  return { recipe: chosen.id, nodes, pageMeta, errors }
}

export interface MarkInput {
  stashKey: string
  /** [ref, name] pairs; refs index the elements stashed by matchDocumentInPage. */
  marks: [number, string][]
  attribute: string
}

/**
 * Runs INSIDE the page: clears every mark of an earlier observation, then marks the matched elements
 * with their names. Returns false when the stash is gone (the page navigated in between).
 */
export function markElementsInPage(input: MarkInput): boolean {
  for (const stale of Array.from(document.querySelectorAll(`[${input.attribute}]`)))
    stale.removeAttribute(input.attribute)
  const stash = (window as unknown as Record<string, Element[] | undefined>)[input.stashKey]
  if (stash === undefined) return false
  for (const [ref, name] of input.marks) stash[ref]?.setAttribute(input.attribute, name)
  delete (window as unknown as Record<string, unknown>)[input.stashKey]
  return true
}
