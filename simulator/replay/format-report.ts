import { formatTable } from '../cli/table.js'
import type { FidelityReport, GroundingCounts } from './fidelity-report.js'

function countRows(byKey: Record<string, GroundingCounts>): (string | number)[][] {
  return Object.entries(byKey)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, c]) => [key, c.steps, c.resolved, c.ambiguous, c.missing, c.notApplicable])
}

const HEADER = ['', 'steps', 'resolved', 'ambiguous', 'missing', 'n/a']

/** The fidelity report as a person reads it at the end of `shopsim replay`. */
export function formatFidelityReport(report: FidelityReport, runDir: string): string {
  const { sessions, steps } = report
  const lines = [`Replay fidelity (${runDir})`, '']
  lines.push(
    formatTable(
      ['sessions', 'count'],
      [
        ['selected', sessions.selected],
        ['replayed now', sessions.replayed],
        ['already done (skipped)', sessions.skipped],
        ['retried after a browser crash', sessions.retried],
        ['failed after retry', sessions.failed],
        ['fully groundable', sessions.fullyGroundable],
      ],
    ),
  )
  lines.push('', 'Gold actions by action type')
  lines.push(
    formatTable(HEADER, [
      ...countRows(report.byActionType),
      ['all', steps.steps, steps.resolved, steps.ambiguous, steps.missing, steps.notApplicable],
    ]),
  )
  if (Object.keys(report.byClickType).length > 0) {
    lines.push('', 'Clicks by click type')
    lines.push(formatTable(HEADER, countRows(report.byClickType)))
  }
  lines.push('', `Steps with render warnings: ${steps.withWarnings}`)
  for (const [warning, n] of Object.entries(report.warnings)) lines.push(`  ${warning}: ${n}`)
  if (report.failures.length > 0) {
    lines.push('', 'Failed sessions')
    for (const f of report.failures) lines.push(`  ${f.sessionId}  ${f.code}: ${f.message}`)
  }
  return `${lines.join('\n')}\n`
}
