import { html, type SafeHtml } from './escape-html.js'
import type { StepOverlay, TargetBox } from './step-boxes.js'

const ROLE_LABEL = { gold: 'recorded action', predicted: 'prediction' } as const
type Role = keyof typeof ROLE_LABEL

function rect(role: Role, target: TargetBox | undefined): SafeHtml | '' {
  if (target?.kind !== 'located' || !target.onScreen) return ''
  const { x, y, width, height } = target.box
  return html`<rect class="${role}" x="${x}" y="${y}" width="${width}" height="${height}"><title>${ROLE_LABEL[role]}: ${target.name}</title></rect>`
}

function legendItem(role: Role, target: TargetBox | undefined): SafeHtml | '' {
  if (target === undefined || target.kind === 'no_target') return ''
  const where =
    target.kind === 'unlocated'
      ? `not drawn: ${target.why}`
      : target.onScreen
        ? 'boxed'
        : `not drawn: outside the screenshot (x ${Math.round(target.box.x)}, y ${Math.round(target.box.y)})`
  return html`<li><span class="${role}">${role === 'gold' ? '■ solid' : '▭ dashed'}</span> ${ROLE_LABEL[role]} <code>${target.name}</code>: ${where}</li>`
}

/** The screenshot with the target boxes drawn over it in the viewport's coordinates, and their legend. */
export function overlayView(screenshot: string | undefined, overlay: StepOverlay, alt: string): SafeHtml {
  const { viewport } = overlay
  const legend = html`<ul class="legend note">${legendItem('gold', overlay.gold)}${legendItem('predicted', overlay.predicted)}</ul>`
  if (screenshot === undefined)
    return html`<p class="note no-shot">No screenshot recorded for this step.</p>${legend}`
  const boxes =
    viewport === undefined
      ? ''
      : html`<svg class="boxes" viewBox="0 0 ${viewport.width} ${viewport.height}" preserveAspectRatio="none" aria-hidden="true">${rect('gold', overlay.gold)}${rect('predicted', overlay.predicted)}</svg>`
  return html`<figure class="shot"><img src="${screenshot}" alt="${alt}" loading="lazy" decoding="async">${boxes}</figure>${legend}`
}
