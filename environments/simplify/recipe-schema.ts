import { z } from 'zod'

/** Attributes OPeRA's simplified HTML keeps from the original element; everything else is dropped. */
export const KEPT_ATTRIBUTES = [
  'alt',
  'title',
  'type',
  'value',
  'role',
  'aria-label',
  'aria-hidden',
  'aria-selected',
  'href',
] as const
export const KeptAttributeSchema = z.enum(KEPT_ATTRIBUTES)
export type KeptAttribute = z.infer<typeof KeptAttributeSchema>

/** Classes a recipe adds so models can spot prices, names and ratings without reading structure. */
export const SEMANTIC_CLASSES = [
  'product-name',
  'product-price',
  'product-rating',
  'product-image',
  'product-options',
  'product-details',
  'search-result',
  'review',
  'cart-item',
  'refinement',
] as const
export const SemanticClassSchema = z.enum(SEMANTIC_CLASSES)
export type SemanticClass = z.infer<typeof SemanticClassSchema>

/**
 * Where a piece of text comes from, starting at the matched element: `relation` moves to a neighbour
 * first; `of` then takes that element if it matches, else its first descendant that does; `attribute`
 * reads an attribute instead of the text (`value` reads a form control's current value).
 */
export const TextSourceSchema = z.object({
  relation: z.enum(['self', 'previous-sibling', 'parent']).optional(),
  of: z.string().min(1).optional(),
  attribute: z.string().min(1).optional(),
})
export type TextSource = z.infer<typeof TextSourceSchema>

/**
 * A name segment: a fixed word (dots allowed, adding several segments), the index of the match among
 * the node's matches in its parent (0-based), the slug of the first non-empty text source, or `reset`
 * (`name=""`: children start a new top-level path). An empty slug is a reset too, as in OPeRA.
 */
export const NameRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), word: z.string().regex(/^\w+(\.\w+)*$/) }),
  z.object({ kind: z.literal('index') }),
  z.object({ kind: z.literal('slug'), from: z.array(TextSourceSchema).min(1).optional() }),
  z.object({ kind: z.literal('reset') }),
])
export type NameRule = z.infer<typeof NameRuleSchema>

/**
 * How the element is rendered and whether it is an action target: `container` (children only), `text`
 * (shows its text), `clickable`, `text-input` (current `value`), `toggle` (checkbox/radio: `checked`),
 * `select` (an opener span and one `<a>` per option).
 */
export const ELEMENT_KINDS = ['container', 'text', 'clickable', 'text-input', 'toggle', 'select'] as const
export const ElementKindSchema = z.enum(ELEMENT_KINDS)
export type ElementKind = z.infer<typeof ElementKindSchema>

/** A metadata field: a text source, optionally every match of `of` (`many`), parsed as `parse` says. */
export const MetaFieldSchema = TextSourceSchema.extend({
  many: z.boolean().optional(),
  parse: z.enum(['text', 'slug', 'price', 'number', 'integer', 'url']).optional(),
})
export type MetaField = z.infer<typeof MetaFieldSchema>

export interface RecipeNode {
  /** CSS, evaluated against the descendants of the parent match (or the whole document when `global`). */
  selector: string
  global?: boolean | undefined
  /** Keep only the first match. */
  first?: boolean | undefined
  limit?: number | undefined
  /** A page the recipe applies to should have it: a missing match is reported in `warnings`. */
  required?: boolean | undefined
  /** No rule: the element is kept as structure without a name and does not change its children's path. */
  name?: NameRule | undefined
  /** Output tag; the original element's tag when absent. */
  tag?: string | undefined
  /** Kept attributes to copy (a subset of KEPT_ATTRIBUTES); all of them when absent. */
  keep?: KeptAttribute[] | undefined
  semanticClass?: SemanticClass | undefined
  /** `container` when the node has children, `text` otherwise. */
  kind?: ElementKind | undefined
  /** The element is the selected one (`aria-selected="true"`) when it matches this selector. */
  selectedWhen?: string | undefined
  /** `<split-marker>` between consecutive matches, as OPeRA separates list items. */
  splitMarker?: boolean | undefined
  /** Leave the element out when none of its children matched (an empty suggestion list, say). */
  omitWhenEmpty?: boolean | undefined
  /** element_meta recorded for this element (and looked up by its descendants' names). */
  meta?: Record<string, MetaField> | undefined
  children?: RecipeNode[] | undefined
}

export const RecipeNodeSchema: z.ZodType<RecipeNode> = z.lazy(() =>
  z
    .object({
      selector: z.string().min(1),
      global: z.boolean().optional(),
      first: z.boolean().optional(),
      limit: z.number().int().positive().optional(),
      required: z.boolean().optional(),
      name: NameRuleSchema.optional(),
      tag: z
        .string()
        .regex(/^[a-z][a-z0-9-]*$/)
        .optional(),
      keep: z.array(KeptAttributeSchema).optional(),
      semanticClass: SemanticClassSchema.optional(),
      kind: ElementKindSchema.optional(),
      selectedWhen: z.string().min(1).optional(),
      splitMarker: z.boolean().optional(),
      omitWhenEmpty: z.boolean().optional(),
      meta: z.record(z.string(), MetaFieldSchema).optional(),
      children: z.array(RecipeNodeSchema).optional(),
    })
    .strict(),
)

/** One OPeRA `page_meta` key: a record per match of `selector` (searched in the whole document). */
export const PageMetaSpecSchema = z
  .object({
    key: z.string().regex(/^\w+$/),
    selector: z.string().min(1),
    first: z.boolean().optional(),
    fields: z.record(z.string(), MetaFieldSchema),
  })
  .strict()
export type PageMetaSpec = z.infer<typeof PageMetaSpecSchema>

/**
 * When a recipe applies: the URL path equals one of `paths`, equals or lies under one of `pathPrefixes`
 * (`/cart` covers `/cart/smart-wagon`), or the page has an element matching one of `selectors`.
 * `fallback` applies to any page (put it last).
 */
export const RecipeMatchSchema = z
  .object({
    paths: z.array(z.string().startsWith('/')).optional(),
    pathPrefixes: z.array(z.string().startsWith('/')).optional(),
    selectors: z.array(z.string().min(1)).optional(),
    fallback: z.boolean().optional(),
  })
  .strict()
export type RecipeMatch = z.infer<typeof RecipeMatchSchema>

export const RecipeSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    description: z.string(),
    match: RecipeMatchSchema,
    nodes: z.array(RecipeNodeSchema).min(1),
    pageMeta: z.array(PageMetaSpecSchema).optional(),
  })
  .strict()
export type Recipe = z.infer<typeof RecipeSchema>

/** Validates a recipe where it is written, so a malformed one fails at import, not on some page. */
export function defineRecipe(recipe: Recipe): Recipe {
  return RecipeSchema.parse(recipe)
}
