import { matchDocumentOffline, parseHtml } from './match-offline.js'
import { KEPT_ATTRIBUTE_LIST, planRecipes } from './match-plan.js'
import type { Recipe } from './recipe-schema.js'
import { type RenderedPage, renderMatches } from './render-matches.js'

export interface SimplifyHtmlOptions {
  /** The page's address: selects recipes by path and resolves relative URLs in metadata. */
  url?: string
  /** Use this recipe (by id) instead of choosing one. */
  recipe?: string
}

export type SimplifiedHtml = Omit<RenderedPage, 'marks'>

/**
 * The offline executor: simplifies an HTML string with cheerio. Names equal the in-page executor's;
 * there is no layout, so elements have no box and `visible` is a static guess (the `hidden` attribute and
 * inline display:none / visibility:hidden only). Never throws on a bad page.
 */
export function simplifyHtml(
  html: string,
  recipes: readonly Recipe[],
  options: SimplifyHtmlOptions = {},
): SimplifiedHtml {
  const candidates = chooseCandidates(recipes, options.recipe)
  const $ = parseHtml(html)
  const run = matchDocumentOffline($, planRecipes(candidates, options.url, 'cheerio'), KEPT_ATTRIBUTE_LIST)
  const { marks: _marks, ...rendered } = renderMatches(
    candidates.find((recipe) => recipe.id === run.recipe),
    run,
    options.url,
  )
  return rendered
}

/** A forced recipe becomes the only candidate and applies to any page. */
export function chooseCandidates(recipes: readonly Recipe[], forced: string | undefined): Recipe[] {
  if (forced === undefined) return [...recipes]
  const recipe = recipes.find((candidate) => candidate.id === forced)
  return recipe === undefined ? [] : [{ ...recipe, match: { fallback: true } }]
}
