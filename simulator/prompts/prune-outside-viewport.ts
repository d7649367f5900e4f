import { load } from 'cheerio'
import type { Element } from '../../traces/schema/index.js'

/**
 * htmlparser2 in HTML mode, entities left as written: the page comes back byte for byte except for what is
 * removed (parse5 would rebuild the document and drop the `<a>` options OPeRA puts inside `<select>`).
 */
const VERBATIM = { xml: { xmlMode: false, decodeEntities: false, emptyAttrs: true } } as const

export interface PrunedHtml {
  html: string
  /** Named elements removed (nested ones counted too). */
  removed: number
}

/** Off screen when the browser said so; `visible` stands in when the table has no viewport flag. */
function isOutsideViewport(element: Element): boolean {
  return (element.inViewport ?? element.visible) === false
}

/**
 * Removes the elements whose name the element table marks as outside the viewport, except those that
 * contain an element on screen (a list whose box starts above the viewport still holds the visible cards).
 * A name listed both on and off screen (OPeRA names can repeat) is kept.
 */
export function pruneOutsideViewport(html: string, elements: readonly Element[]): PrunedHtml {
  const onScreen = new Set<string>()
  const offScreen = new Set<string>()
  for (const element of elements) (isOutsideViewport(element) ? offScreen : onScreen).add(element.name)
  for (const name of onScreen) offScreen.delete(name)
  if (offScreen.size === 0) return { html, removed: 0 }

  const $ = load(html, VERBATIM, false)
  const named = $('[name]').toArray()
  // One walk up from each on-screen element marks the containers that must stay.
  const holdsOnScreen = new Set<object>()
  for (const node of named) {
    if (!onScreen.has(node.attribs.name ?? '')) continue
    for (let up = node.parent; up !== null && !holdsOnScreen.has(up); up = up.parent) holdsOnScreen.add(up)
  }
  const doomed = named.filter((node) => offScreen.has(node.attribs.name ?? '') && !holdsOnScreen.has(node))
  if (doomed.length === 0) return { html, removed: 0 }
  $(doomed).remove()
  return { html: $.html(), removed: doomed.length }
}
