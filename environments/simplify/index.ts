export type { MetaRecord, MetaValue } from './meta-fields.js'
export { openSavedPage } from './open-saved-page.js'
export {
  defineRecipe,
  ELEMENT_KINDS,
  type ElementKind,
  KEPT_ATTRIBUTES,
  type KeptAttribute,
  type MetaField,
  type NameRule,
  type PageMetaSpec,
  type Recipe,
  type RecipeMatch,
  type RecipeNode,
  RecipeNodeSchema,
  RecipeSchema,
  SEMANTIC_CLASSES,
  type SemanticClass,
  type TextSource,
} from './recipe-schema.js'
export { elementMetaFor, type RenderedPage } from './render-matches.js'
export { type SimplifiedHtml, type SimplifyHtmlOptions, simplifyHtml } from './simplify-html.js'
export {
  NAME_ATTRIBUTE,
  nameSelector,
  type SimplifiedPage,
  type SimplifyPageOptions,
  simplifyPage,
} from './simplify-page.js'
export { collapseWhitespace, joinName, slugify } from './slug.js'
export { type SimplifyWarning, WARNING_CODES, type WarningCode } from './warnings.js'
