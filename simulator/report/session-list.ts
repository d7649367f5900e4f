import { html, type SafeHtml } from './escape-html.js'
import { fixed } from './number-format.js'
import { type SessionRow, VERDICT_RULE } from './session-row.js'

type TaskState = 'success' | 'failure' | 'none'

const taskState = (row: SessionRow): TaskState =>
  row.taskSuccess === undefined ? 'none' : row.taskSuccess ? 'success' : 'failure'

function select(filter: string, label: string, values: readonly string[]): SafeHtml {
  return html`<label>${label} <select data-filter="${filter}" name="${filter}"><option value="">all</option>${values.map(
    (v) => html`<option value="${v}">${v}</option>`,
  )}</select></label>`
}

const distinct = (values: readonly string[]) => [...new Set(values)].sort()

/** Every session with its headline figures, filterable by user, outcome and verdict (or task result). */
export function sessionList(rows: readonly SessionRow[]): SafeHtml {
  const judged = rows.some((r) => r.judged > 0)
  const tasks = rows.some((r) => r.taskSuccess !== undefined)
  const filters = [
    select('user', 'user', distinct(rows.map((r) => r.userId))),
    select('outcome', 'outcome', distinct(rows.map((r) => r.outcome))),
    judged ? select('verdict', 'predictions', ['correct', 'wrong', 'unscored']) : '',
    tasks ? select('task', 'task', ['success', 'failure', 'none']) : '',
  ]
  const body = rows.map(
    (
      row,
    ) => html`<tr data-session="${row.id}" data-user="${row.userId}" data-outcome="${row.outcome}" data-verdict="${row.verdict}" data-task="${taskState(row)}">
<td><a href="${row.href}">${row.id}</a></td><td>${row.userId}</td><td>${row.outcome}</td><td class="num">${row.steps}</td>${
      judged
        ? html`<td class="num">${row.judged === 0 ? '-' : `${row.exact}/${row.judged}`}</td><td><span class="badge ${row.verdict}">${row.verdict}</span></td><td class="num">${fixed(row.meanReward)}</td>`
        : ''
    }${tasks ? html`<td class="num">${fixed(row.taskReward)}</td><td>${taskState(row)}</td>` : ''}<td>${row.endReason ?? ''}</td></tr>`,
  )
  return html`<section id="sessions"><h2>Sessions</h2>
<div class="filters">${filters}<span><b id="shown-count">${rows.length}</b> of ${rows.length} sessions shown</span></div>
${judged ? html`<p class="note">${VERDICT_RULE}.</p>` : ''}
<table class="sessions"><thead><tr><th>session</th><th>user</th><th>outcome</th><th class="num">steps</th>${
    judged ? html`<th class="num">exact</th><th>predictions</th><th class="num">mean reward</th>` : ''
  }${tasks ? html`<th class="num">task reward</th><th>task</th>` : ''}<th>ended</th></tr></thead>
<tbody>${body}</tbody></table></section>`
}
