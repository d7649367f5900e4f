import { classifyClick } from '../../traces/schema/click-type.js'
import type { Element } from '../../traces/schema/observation.js'
import type { MatchedElement, MatchRun } from './match-plan.js'
import { defaultKind, nodeProbeSources } from './match-plan.js'
import { buildPageMeta, type MetaRecord, metaRecord } from './meta-fields.js'
import type { ElementKind, Recipe, RecipeNode } from './recipe-schema.js'
import { collapseWhitespace, joinName, slugify } from './slug.js'
import type { SimplifyWarning } from './warnings.js'

/** The part of a simplified observation both backends share. */
export interface RenderedPage {
  recipe: string | null
  html: string
  elements: Element[]
  pageMeta: Record<string, unknown>
  /** element_meta per name; a descendant's meta is its nearest named ancestor's (see elementMetaFor). */
  elementMeta: Record<string, MetaRecord>
  warnings: SimplifyWarning[]
  /** [ref, name]: which matched element carries which name, for marking the page. */
  marks: [number, string][]
}

const VOID_TAGS = new Set(['input', 'img', 'br', 'hr', 'meta', 'link', 'source', 'area', 'col', 'wbr'])
const INTERACTIVE = new Set<ElementKind>(['clickable', 'text-input', 'toggle', 'select'])

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;')
}

function openTag(tag: string, attributes: [string, string][]): string {
  return `<${tag}${attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('')}>`
}

/** undefined: the element has no name; '': a reset; otherwise the segment. */
function segmentOf(node: RecipeNode, matched: MatchedElement, index: number): string | undefined {
  const rule = node.name
  if (rule === undefined) return undefined
  if (rule.kind === 'fixed') return rule.word
  if (rule.kind === 'index') return String(index)
  if (rule.kind === 'reset') return ''
  const count = rule.from?.length ?? 1
  for (let i = 0; i < count; i++) {
    const value = matched.probes[i]
    const text = Array.isArray(value) ? value.join(' ') : value
    const slug = slugify(text ?? '')
    if (slug !== '') return slug
  }
  return ''
}

/** The text a person would read on the element: its text, or for controls and images their label. */
function displayText(matched: MatchedElement): string {
  const fromText = matched.text ?? ''
  if (fromText !== '') return fromText
  const { attributes: a } = matched
  const label = matched.value ?? a.value ?? a['aria-label'] ?? a.alt ?? a.title ?? ''
  return collapseWhitespace(label)
}

/**
 * Names a matched tree and renders it: OPeRA's simplified HTML, the element table, the marks, element_meta
 * and page_meta. Pure: the page and the offline backend both end here, so their names cannot differ.
 */
export function renderMatches(
  recipe: Recipe | undefined,
  run: MatchRun,
  url: string | undefined,
): RenderedPage {
  const warnings: SimplifyWarning[] = run.errors.map((message) => ({ code: 'selector_error', message }))
  if (recipe === undefined) {
    warnings.push({ code: 'no_recipe', message: `no recipe applies to ${url ?? 'this page'}` })
    return {
      recipe: null,
      html: '<html><head></head><body></body></html>',
      elements: [],
      pageMeta: {},
      elementMeta: {},
      warnings,
      marks: [],
    }
  }
  // Relative links in metadata resolve against web pages only (a saved file's links point at amazon.com).
  const base = url !== undefined && /^https?:/i.test(url) ? url : undefined
  const elements: Element[] = []
  const marks: [number, string][] = []
  const elementMeta: Record<string, MetaRecord> = {}
  const out: string[] = []

  const addElement = (
    name: string,
    tag: string,
    text: string,
    matched: MatchedElement,
    interactive: boolean,
  ) => {
    elements.push({
      name,
      tag,
      text,
      ...(matched.box ? { box: matched.box } : {}),
      visible: matched.visible ?? true,
      ...(matched.inViewport === undefined ? {} : { inViewport: matched.inViewport }),
      ...(interactive ? { clickType: classifyClick(name) } : {}),
    })
  }

  const renderSelect = (
    name: string,
    tag: string,
    attributes: [string, string][],
    matched: MatchedElement,
  ) => {
    const opener = joinName(name, 'open_drop_down_list')
    const current = matched.options?.find((option) => option.selected)
    out.push(openTag(tag, attributes))
    out.push(`${openTag('span', [['name', opener]])}${escapeText(current?.text ?? '')}</span>`)
    addElement(opener, 'span', current?.text ?? '', matched, true)
    marks.push([matched.ref, opener])
    for (const option of matched.options ?? []) {
      const optionName = joinName(name, slugify(option.text) || slugify(option.value))
      const optionAttributes: [string, string][] = [
        ['name', optionName],
        ['value', option.value],
        ['selected', String(option.selected)],
      ]
      out.push(`${openTag('a', optionAttributes)}${escapeText(option.text)}</a>`)
      addElement(optionName, 'a', option.text, matched, true)
      marks.push([option.ref, optionName])
    }
    out.push(`</${tag}>`)
  }

  const renderNode = (node: RecipeNode, matches: MatchedElement[], prefix: string) => {
    if (node.required === true && matches.length === 0)
      warnings.push({
        code: 'missing_landmark',
        name: prefix,
        message: `recipe ${recipe.id}: nothing matches ${node.selector}${prefix ? ` under ${prefix}` : ''}`,
      })
    const kind = defaultKind(node)
    const metaOffset = nodeProbeSources(node).length - Object.keys(node.meta ?? {}).length
    matches.forEach((matched, index) => {
      if (node.splitMarker === true && index > 0) out.push('<split-marker></split-marker>')
      const segment = segmentOf(node, matched, index)
      const name = segment === undefined ? undefined : segment === '' ? '' : joinName(prefix, segment)
      const childPrefix = name ?? prefix
      const tag = node.tag ?? matched.tag
      const attributes: [string, string][] = name === undefined ? [] : [['name', name]]
      if (node.semanticClass !== undefined) attributes.push(['class', node.semanticClass])
      const keep = node.keep ?? Object.keys(matched.attributes)
      for (const key of keep) {
        const value = matched.attributes[key as keyof MatchedElement['attributes']]
        if (value === undefined || (key === 'value' && matched.value !== undefined)) continue
        if (key === 'aria-selected' && matched.selected !== undefined) continue
        attributes.push([key, value])
      }
      if (matched.value !== undefined) attributes.push(['value', matched.value])
      if (matched.checked !== undefined) attributes.push(['checked', String(matched.checked)])
      if (matched.selected !== undefined) attributes.push(['aria-selected', String(matched.selected)])
      const children = node.children ?? []
      if (node.omitWhenEmpty === true && matched.children.every((list) => list.length === 0)) return
      if (name !== undefined && name !== '' && node.meta !== undefined)
        elementMeta[name] = metaRecord(node.meta, matched, metaOffset, base)
      if (kind === 'select') {
        renderSelect(name ?? prefix, tag, attributes, matched)
        return
      }
      if (name !== undefined && name !== '') {
        addElement(
          name,
          tag,
          kind === 'container' ? '' : displayText(matched),
          matched,
          INTERACTIVE.has(kind),
        )
        marks.push([matched.ref, name])
      }
      out.push(openTag(tag, attributes))
      if (VOID_TAGS.has(tag) && children.length === 0) return
      if (children.length > 0) {
        children.forEach((child, i) => {
          renderNode(child, matched.children[i] ?? [], childPrefix)
        })
      } else out.push(escapeText(matched.text ?? ''))
      out.push(`</${tag}>`)
    })
  }

  out.push('<html><head></head><body>')
  recipe.nodes.forEach((node, index) => {
    renderNode(node, run.nodes[index] ?? [], '')
  })
  out.push('</body></html>')

  const counts = new Map<string, number>()
  for (const element of elements) counts.set(element.name, (counts.get(element.name) ?? 0) + 1)
  for (const [name, count] of counts)
    if (count > 1)
      warnings.push({
        code: 'duplicate_name',
        name,
        count,
        message: `${count} elements are named ${name}; actions resolve to the first`,
      })

  return {
    recipe: recipe.id,
    html: out.join(''),
    elements,
    pageMeta: buildPageMeta(recipe.pageMeta ?? [], run.pageMeta, base),
    elementMeta,
    warnings,
    marks,
  }
}

/** element_meta for a name: its own, else that of the nearest dotted prefix that has one. */
export function elementMetaFor(
  name: string,
  elementMeta: Record<string, MetaRecord>,
): MetaRecord | undefined {
  for (let path = name; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const meta = elementMeta[path]
    if (meta !== undefined) return meta
  }
  return undefined
}
