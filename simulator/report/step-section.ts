import type { Score, Step } from '../../traces/schema/index.js'
import { describeAction } from './action-text.js'
import { html, type SafeHtml } from './escape-html.js'
import { compact, fixed } from './number-format.js'
import type { StepAssets } from './step-assets.js'
import type { StepOverlay } from './step-boxes.js'
import type { StepJudgement } from './step-judgement.js'
import { overlayView } from './step-overlay-view.js'

export interface StepView {
  step: Step
  judgement: StepJudgement | undefined
  overlay: StepOverlay
  assets: StepAssets
  /** Indices of the neighbouring steps, for prev / next links. */
  previous: number | undefined
  next: number | undefined
}

export const stepAnchor = (index: number) => `step-${index}`

function verdictBadge(judgement: StepJudgement | undefined): SafeHtml | '' {
  if (judgement === undefined) return ''
  return judgement.exact
    ? html`<span class="badge exact">exact</span>`
    : html`<span class="badge miss">miss</span>`
}

function actionsTable({ step, judgement }: StepView): SafeHtml {
  const clickType = step.clickType === undefined ? '' : html` <span class="note">(${step.clickType})</span>`
  const prediction = step.prediction
  const predictedRow =
    prediction === undefined
      ? ''
      : html`<tr><th>${judgement === undefined ? 'policy output' : 'predicted'}</th><td class="mono predicted-action">${
          judgement === undefined
            ? prediction.action === undefined
              ? '(no action)'
              : describeAction(prediction.action)
            : judgement.predicted === undefined
              ? '(unparseable output)'
              : describeAction(judgement.predicted)
        }${prediction.formatError === undefined ? '' : html` <span class="note">format error: ${prediction.formatError}</span>`}</td></tr>`
  return html`<table class="actions"><tr><th>recorded</th><td class="mono gold-action">${describeAction(step.action)}${clickType}</td></tr>${predictedRow}</table>`
}

function rationales({ step }: StepView): SafeHtml {
  const recorded = step.rationale
  const model = step.prediction?.rationale
  const items = [
    recorded === undefined ? '' : html`<p><b>recorded:</b> <span class="rationale">${recorded}</span></p>`,
    model === undefined || model === recorded
      ? ''
      : html`<p><b>model:</b> <span class="rationale">${model}</span></p>`,
  ]
  if (recorded === undefined && model === undefined) return html``
  return html`<h4>Rationale</h4>${items}`
}

function rewardBreakdown(score: Score | undefined): SafeHtml {
  if (score === undefined) return html``
  const rows = Object.entries(score.components).map(
    ([name, value]) => html`<tr><td>${name}</td><td class="num">${compact(value, 3)}</td></tr>`,
  )
  const absent =
    score.absent.length === 0 ? '' : html`<p class="note">not computed: ${score.absent.join(', ')}</p>`
  const flags = score.flags.length === 0 ? '' : html`<p class="note">flags: ${score.flags.join(', ')}</p>`
  return html`<h4>Reward ${score.reward}</h4><table class="reward"><tr><th>total</th><th class="num">${fixed(score.total)}</th></tr>${rows}</table>${absent}${flags}`
}

function details({ step }: StepView): SafeHtml {
  const raw = step.prediction?.raw
  const timings = step.timings
  const timingText =
    timings === undefined
      ? ''
      : Object.entries(timings)
          .flatMap(([name, ms]) => (ms === undefined ? [] : [[name, ms] as const]))
          .map(([name, ms]) => `${name.replace(/Ms$/, '')} ${Math.round(ms)} ms`)
          .join(', ')
  return html`${raw === undefined || raw === '' ? '' : html`<details><summary>raw model output</summary><pre>${raw}</pre></details>`}
${timingText === '' ? '' : html`<p class="note">timings: ${timingText}</p>`}
${step.errors.length === 0 ? '' : html`<h4>Errors</h4><ul>${step.errors.map((e) => html`<li><code>${e.code}</code> ${e.message}</li>`)}</ul>`}`
}

/** The recorded page, rendered in a sandbox: no scripts, no forms, no reaching the report. */
function pageFrame(page: string, index: number): SafeHtml {
  return html`<iframe class="page" sandbox="" src="${page}" loading="lazy" referrerpolicy="no-referrer" title="simplified HTML of step ${index}"></iframe>`
}

/** The screenshot with its boxes, the page folded beneath; without a screenshot the page takes its place. */
function visual(view: StepView): SafeHtml {
  const { step, assets } = view
  const problems =
    assets.problems.length === 0
      ? ''
      : html`<ul class="note">${assets.problems.map((p) => html`<li>${p}</li>`)}</ul>`
  const overlay = overlayView(assets.screenshot, view.overlay, `screenshot of step ${step.index}`)
  if (assets.page === undefined) return html`${overlay}${problems}`
  if (assets.screenshot === undefined)
    return html`${overlay}${problems}<p class="note">Simplified HTML (rendered without scripts):</p>${pageFrame(assets.page, step.index)}`
  return html`${overlay}${problems}<details class="page"><summary>simplified HTML (rendered without scripts)</summary>${pageFrame(assets.page, step.index)}</details>`
}

/** One step of the timeline: screenshot with boxes, actions, rationales, reward, and the page. */
export function stepSection(view: StepView): SafeHtml {
  const { step } = view
  const link = (index: number | undefined, text: string) =>
    index === undefined ? '' : html`<a href="#${stepAnchor(index)}">${text}</a> `
  return html`<section class="step" id="${stepAnchor(step.index)}" data-index="${step.index}">
<header><h3>Step ${step.index}</h3>${verdictBadge(view.judgement)}<span class="note">${step.timestamp ?? ''}</span>
<span class="links">${link(view.previous, '← previous')}${link(view.next, 'next →')}<a href="#top">top</a></span></header>
<p class="url">${step.observation.url ?? ''}</p>
<div class="step-body"><div class="visual">${visual(view)}</div>
<div class="facts">${actionsTable(view)}${rationales(view)}${rewardBreakdown(step.score)}${details(view)}</div></div>
</section>`
}
