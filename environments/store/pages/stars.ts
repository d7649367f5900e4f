import { starClass, starsText } from './format.js'
import { html, type SafeHtml } from './html.js'

/** A star icon whose text (in `.a-icon-alt`) is "4.5 out of 5 stars". */
export function starIcon(rating: number, size: 'mini' | 'regular' = 'regular'): SafeHtml {
  const iconClass =
    size === 'mini'
      ? `a-icon a-icon-star-mini ${starClass(rating, 'a-star-mini')}`
      : `a-icon a-icon-star ${starClass(rating, 'a-star')}`
  return html`<i class="${iconClass}"><span class="a-icon-alt">${starsText(rating)}</span></i>`
}
