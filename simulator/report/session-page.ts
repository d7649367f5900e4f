import type { StoredSession } from '../../traces/store/index.js'
import { html, type SafeHtml } from './escape-html.js'
import { pageShell } from './page-shell.js'
import { personaView, taskView } from './persona-view.js'
import type { SessionRow } from './session-row.js'
import { type StepView, stepAnchor, stepSection } from './step-section.js'

export interface SessionPageInput {
  session: StoredSession
  row: SessionRow
  steps: readonly StepView[]
  /** Damaged lines of steps.jsonl, left out. */
  damagedLines: number
  /** Links to the neighbouring sessions' pages, relative to this one. */
  previous: string | undefined
  next: string | undefined
}

function stepNav(steps: readonly StepView[]): SafeHtml {
  const links = steps.map(({ step, judgement }) => {
    const cls = judgement === undefined ? '' : judgement.exact ? 'exact' : 'miss'
    return html`<a class="${cls}" href="#${stepAnchor(step.index)}">${step.index}</a>`
  })
  return html`<nav class="steps" aria-label="steps">${links}</nav>`
}

/** One session's page: who, what happened, then every step in order. */
export function sessionPage(input: SessionPageInput): string {
  const { session, row } = input
  const neighbour = (href: string | undefined, text: string) =>
    href === undefined ? '' : html` · <a href="${href}">${text}</a>`
  const heading = html`<h1>Session ${session.id}</h1>
<a href="../../index.html">← all sessions</a>${neighbour(input.previous, '← previous session')}${neighbour(input.next, 'next session →')}`
  const verdict =
    row.verdict === 'unscored' ? '' : html` <span class="badge ${row.verdict}">${row.verdict}</span>`
  const damaged =
    input.damagedLines === 0
      ? ''
      : html`<p class="note">${input.damagedLines} damaged lines of steps.jsonl were left out.</p>`
  const body = html`<p><b>user</b> ${session.userId} · <b>outcome</b> ${session.outcome} · <b>status</b> ${session.status} · <b>${row.steps}</b> steps${
    row.judged > 0 ? html` · <b>${row.exact}/${row.judged}</b> predicted steps exact` : ''
  }${verdict}</p>
${damaged}
<details open><summary>Persona</summary>${personaView(session.persona)}</details>
${taskView(session.task, session.taskResult, session.endReason)}
<h2>Timeline</h2>
${stepNav(input.steps)}
${input.steps.map(stepSection)}`
  return pageShell({ title: `shopsim report: session ${session.id}`, heading, body })
}
