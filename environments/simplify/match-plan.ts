import type { Box } from '../../traces/schema/observation.js'
import type {
  ElementKind,
  KeptAttribute,
  MetaField,
  Recipe,
  RecipeNode,
  TextSource,
} from './recipe-schema.js'
import { KEPT_ATTRIBUTES } from './recipe-schema.js'
import { scopeSelector } from './scoped-selector.js'

/**
 * What a backend (the page, or cheerio) must read for one recipe node: plain JSON, so it can be sent into
 * a page. Selectors are already scoped for that backend. Names are not computed here: backends only match
 * and read, and one shared core names and renders what they found.
 */
export interface QueryPlan {
  selector: string
  global: boolean
  first: boolean
  limit: number | null
  /** Read the element's text (leaves and text-named elements). */
  text: boolean
  control: 'none' | 'input' | 'toggle' | 'select'
  selectedWhen: string | null
  probes: Probe[]
  children: QueryPlan[]
}

export interface Probe {
  relation: 'self' | 'previous-sibling' | 'parent'
  /** Raw selector tested on the element itself (`matches`)... */
  of: string | null
  /** ...and the same selector scoped for a descendant search. */
  ofScoped: string | null
  attribute: string | null
  many: boolean
}

export type ProbeValue = string | null | string[]

export interface MatchedOption {
  ref: number
  value: string
  text: string
  selected: boolean
}

/** One element a backend matched, with everything the core needs to name and render it. */
export interface MatchedElement {
  /** Index into the backend's list of matched elements; the page marks elements by it. */
  ref: number
  tag: string
  attributes: Partial<Record<KeptAttribute, string>>
  text: string | null
  value?: string
  checked?: boolean
  options?: MatchedOption[]
  selected?: boolean
  probes: ProbeValue[]
  box?: Box
  /** Absent when the backend cannot know (offline). */
  visible?: boolean
  inViewport?: boolean
  /** Per child plan, its matches. */
  children: MatchedElement[][]
}

export interface RecipePlan {
  id: string
  /** Decided from the URL before matching. */
  urlMatches: boolean
  /** Any of these present in the document selects the recipe. */
  selectors: string[]
  fallback: boolean
  nodes: QueryPlan[]
  pageMeta: QueryPlan[]
}

/** What a backend returns: the chosen recipe (or none), its matches, and errors it met. */
export interface MatchRun {
  recipe: string | null
  nodes: MatchedElement[][]
  pageMeta: MatchedElement[][]
  errors: string[]
}

export const KEPT_ATTRIBUTE_LIST: readonly KeptAttribute[] = KEPT_ATTRIBUTES

export function defaultKind(node: RecipeNode): ElementKind {
  return node.kind ?? ((node.children?.length ?? 0) > 0 ? 'container' : 'text')
}

function probeOf(source: TextSource | MetaField, backend: 'dom' | 'cheerio'): Probe {
  return {
    relation: source.relation ?? 'self',
    of: source.of ?? null,
    ofScoped: source.of === undefined ? null : scopeSelector(source.of, backend),
    attribute: source.attribute ?? null,
    many: 'many' in source && source.many === true,
  }
}

/** Text sources of a node, in probe order: the name's sources first, then its element_meta fields. */
export function nodeProbeSources(node: RecipeNode): (TextSource | MetaField)[] {
  const nameSources = node.name?.kind === 'slug' ? (node.name.from ?? [{}]) : []
  return [...nameSources, ...Object.values(node.meta ?? {})]
}

const CONTROL_OF_KIND = {
  container: 'none',
  text: 'none',
  clickable: 'none',
  'text-input': 'input',
  toggle: 'toggle',
  select: 'select',
} as const satisfies Record<ElementKind, QueryPlan['control']>

export function planNode(node: RecipeNode, backend: 'dom' | 'cheerio'): QueryPlan {
  const kind = defaultKind(node)
  const global = node.global === true
  return {
    selector: global ? node.selector : scopeSelector(node.selector, backend),
    global,
    first: node.first === true,
    limit: node.limit ?? null,
    text: kind !== 'container' && kind !== 'select',
    control: CONTROL_OF_KIND[kind],
    selectedWhen: node.selectedWhen ?? null,
    probes: nodeProbeSources(node).map((source) => probeOf(source, backend)),
    children: (node.children ?? []).map((child) => planNode(child, backend)),
  }
}

export function planPageMeta(recipe: Recipe, backend: 'dom' | 'cheerio'): QueryPlan[] {
  return (recipe.pageMeta ?? []).map((spec) => ({
    selector: spec.selector,
    global: true,
    first: spec.first === true,
    limit: null,
    text: false,
    control: 'none',
    selectedWhen: null,
    probes: Object.values(spec.fields).map((field) => probeOf(field, backend)),
    children: [],
  }))
}

/** Whether a URL's path selects the recipe (selectors are checked by the backend, against the DOM). */
export function urlMatches(recipe: Recipe, url: string | undefined): boolean {
  if (url === undefined) return false
  let path: string
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false
    path = parsed.pathname
  } catch {
    return false
  }
  const { paths = [], pathPrefixes = [] } = recipe.match
  return (
    paths.includes(path) || pathPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
  )
}

export function planRecipes(
  recipes: readonly Recipe[],
  url: string | undefined,
  backend: 'dom' | 'cheerio',
): RecipePlan[] {
  return recipes.map((recipe) => ({
    id: recipe.id,
    urlMatches: urlMatches(recipe, url),
    selectors: recipe.match.selectors ?? [],
    fallback: recipe.match.fallback === true,
    nodes: recipe.nodes.map((node) => planNode(node, backend)),
    pageMeta: planPageMeta(recipe, backend),
  }))
}
