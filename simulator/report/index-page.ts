import { basename } from 'node:path'
import type { PredictionsScore } from '../../rewards/metrics/index.js'
import type { RunInfo } from '../../traces/store/index.js'
import type { BehaviourComparison } from '../compare/compare-behaviour.js'
import { behaviourSection } from './behaviour-section.js'
import { confusionSection } from './confusion-section.js'
import { html, type SafeHtml } from './escape-html.js'
import { groundingSection } from './grounding-section.js'
import { liveSection } from './live-section.js'
import { metricsSection } from './metrics-section.js'
import { pageShell } from './page-shell.js'
import { FILTER_SCRIPT } from './report-script.js'
import { rewardsSection } from './rewards-section.js'
import type { RunTally } from './run-tally.js'
import { sessionList } from './session-list.js'

export interface IndexPageInput {
  runDir: string
  info: RunInfo
  tally: RunTally
  score: PredictionsScore | undefined
  resamples: number
  behaviour: BehaviourComparison | undefined
  screenshots: number
  createdAt: string
}

function optionValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function runFacts(input: IndexPageInput): SafeHtml {
  const { info, tally } = input
  const options = Object.entries(info.options).map(
    ([key, value]) => html`<tr><td>${key}</td><td class="mono">${optionValue(value)}</td></tr>`,
  )
  return html`<section id="run"><p><b>${tally.rows.length}</b> sessions · <b>${tally.steps}</b> steps · <b>${input.screenshots}</b> screenshots · run kind <b>${info.kind}</b> · recorded ${info.createdAt} with shopsim ${info.toolVersion} · report made ${input.createdAt}</p>
${tally.damagedLines === 0 ? '' : html`<p class="note">${tally.damagedLines} damaged lines of steps.jsonl were left out.</p>`}
${options.length === 0 ? '' : html`<details><summary>Run options</summary><table class="options">${options}</table></details>`}
</section>`
}

/** The report's front page: the run summary as charts, then the filterable session list. */
export function indexPage(input: IndexPageInput): string {
  const { tally } = input
  const title = `shopsim report: ${basename(input.runDir)}`
  const heading = html`<h1>${title}</h1><span class="note mono">${input.runDir}</span>`
  const isLive = tally.rows.some((r) => r.taskReward !== undefined || r.endReason !== undefined)
  const body = html`${runFacts(input)}
${input.score === undefined ? '' : metricsSection(input.score, input.resamples)}
${rewardsSection(tally.rewardValues, tally.rewardNames)}
${confusionSection(tally.actionTypes, tally.clickTypes)}
${isLive ? liveSection(tally.rows, tally.timings) : ''}
${groundingSection(tally.groundings)}
${input.behaviour === undefined ? '' : behaviourSection(input.behaviour)}
${sessionList(tally.rows)}`
  return pageShell({ title, heading, body, script: FILTER_SCRIPT })
}
