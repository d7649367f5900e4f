import type { Persona, Task, TaskResult } from '../../traces/schema/index.js'
import { html, type SafeHtml } from './escape-html.js'
import { fixed } from './number-format.js'

function entries(rows: [string, string | number | boolean | undefined][]): SafeHtml {
  const shown = rows.filter(([, value]) => value !== undefined && value !== '')
  return html`<dl class="persona">${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${String(value)}</dd>`)}</dl>`
}

/** Who shopped: the persona's survey answers as they bear on shopping, and its self-description. */
export function personaView(persona: Persona | undefined): SafeHtml {
  if (persona === undefined) return html`<p class="note">No persona recorded.</p>`
  const d = persona.demographics
  const s = persona.shopping
  return html`${entries([
    ['user', persona.userId],
    ['gender', d.gender],
    ['age', d.age],
    ['city', d.city],
    ['education', d.education],
    ['income', d.income],
    ['employment', d.employment],
    ['shops online', s.frequency],
    ['monthly spend', s.monthlySpendRaw ?? s.monthlySpendUsd],
    ['Prime', s.prime === undefined ? undefined : s.prime ? 'yes' : 'no'],
    ['MBTI', persona.mbti],
  ])}${persona.selfDescription === undefined ? '' : html`<blockquote class="self-description">${persona.selfDescription}</blockquote>`}`
}

/** A live session's task, how it went, and why the session ended. */
export function taskView(
  task: Task | undefined,
  result: TaskResult | undefined,
  endReason: string | undefined,
): SafeHtml {
  if (task === undefined && result === undefined && endReason === undefined) return html``
  return html`<h2>Task</h2>${entries([
    ['variant', task?.variant],
    ['instruction', task?.intent.instruction],
    [
      'change',
      task?.variant === 'changing'
        ? `at step ${task.change.atStep}: ${task.change.intent.instruction}`
        : undefined,
    ],
    [
      'result',
      result === undefined
        ? undefined
        : `${result.kind}, reward ${fixed(result.reward)}${result.success ? ' (success)' : ''}`,
    ],
    ['ended', endReason],
  ])}`
}
