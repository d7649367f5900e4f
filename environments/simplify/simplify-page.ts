import type { Page } from 'playwright-core'
import { type InPageFunction, pageCall } from '../browser/page-call.js'
import { markElementsInPage, matchDocumentInPage } from './match-in-page.js'
import { KEPT_ATTRIBUTE_LIST, type MatchRun, planRecipes } from './match-plan.js'
import type { Recipe } from './recipe-schema.js'
import { type RenderedPage, renderMatches } from './render-matches.js'
import { chooseCandidates } from './simplify-html.js'

/** The attribute that carries an element's name on the live page: `page.locator(nameSelector(name))`. */
export const NAME_ATTRIBUTE = 'data-shopsim-name'
const STASH_KEY = '__shopsimMatched'

export function nameSelector(name: string): string {
  return `[${NAME_ATTRIBUTE}="${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`
}

export interface SimplifyPageOptions {
  /** Use this recipe (by id) instead of choosing one. */
  recipe?: string
  /** Leave the page unmarked (read-only observation). */
  mark?: boolean
}

export type SimplifiedPage = Omit<RenderedPage, 'marks'>

/**
 * An in-page call returning its result as one JSON string: Playwright's structured serialisation of a large
 * nested result costs ten times the matching itself, a string crosses at once.
 */
function inPageJsonCall(fn: InPageFunction, input: object): string {
  return `JSON.stringify(${pageCall(fn, input)})`
}

/**
 * The in-page executor: one evaluate matches the recipe and reads text, state and boxes (CSS px relative
 * to the viewport); the shared core names what was found; a second, small evaluate clears the previous
 * observation's marks and sets `data-shopsim-name` on the real elements, so an action by name runs on the
 * element the model saw. Never throws on a bad page: failures come back as warnings.
 */
export async function simplifyPage(
  page: Page,
  recipes: readonly Recipe[],
  options: SimplifyPageOptions = {},
): Promise<SimplifiedPage> {
  const url = page.url()
  const candidates = chooseCandidates(recipes, options.recipe)
  const input = {
    recipes: planRecipes(candidates, url, 'dom'),
    keptAttributes: KEPT_ATTRIBUTE_LIST,
    stashKey: STASH_KEY,
  }
  let run: MatchRun
  try {
    run = JSON.parse(await page.evaluate<string>(inPageJsonCall(matchDocumentInPage, input))) as MatchRun
  } catch (error) {
    const rendered = renderMatches(undefined, { recipe: null, nodes: [], pageMeta: [], errors: [] }, url)
    const { marks: _marks, ...rest } = rendered
    return {
      ...rest,
      warnings: [{ code: 'page_error', message: `the page could not be read: ${errorMessage(error)}` }],
    }
  }
  const { marks, ...rendered } = renderMatches(
    candidates.find((recipe) => recipe.id === run.recipe),
    run,
    url,
  )
  if (options.mark === false) return rendered
  const marked = await page
    .evaluate(pageCall(markElementsInPage, { stashKey: STASH_KEY, marks, attribute: NAME_ATTRIBUTE }))
    .catch((error: unknown) => errorMessage(error))
  if (marked !== true)
    rendered.warnings.push({
      code: 'marks_lost',
      message: `elements could not be marked with their names${typeof marked === 'string' ? `: ${marked}` : ''}`,
    })
  return rendered
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error)
}
