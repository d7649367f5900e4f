import type { MetricsWithIntervals, PredictionsScore } from '../../rewards/metrics/index.js'
import { METRIC_LABELS, METRIC_NAMES, PER_USER_METRICS } from '../../rewards/metrics/index.js'
import type { CliIo } from './io.js'
import { formatTable } from './table.js'

const fixed = (v: number | undefined) => (v === undefined ? '-' : v.toFixed(3))

function metricsTable(metrics: MetricsWithIntervals): string {
  return formatTable(
    ['metric', 'value', '95% CI'],
    METRIC_NAMES.map((name) => {
      const { value, low, high } = metrics[name]
      return [METRIC_LABELS[name], fixed(value), low === undefined ? '-' : `${fixed(low)} - ${fixed(high)}`]
    }),
  )
}

/** The metrics table with intervals, the per-user table and the reward means, as score and predict print them. */
export function writeMetricsText(io: CliIo, result: PredictionsScore, resamples: number): void {
  const { metrics, rewards } = result
  io.stdout.write(
    `${metrics.steps} steps in ${metrics.sessions} sessions of ${metrics.perUser.length} users` +
      ` (${result.unparsed} completions unparseable, scored as no prediction)\n\n`,
  )
  io.stdout.write(`${metricsTable(metrics.overall)}\n`)
  io.stdout.write(
    resamples > 0
      ? `  intervals: percentile bootstrap over sessions, ${resamples} resamples\n\n`
      : '  intervals: none (--bootstrap 0)\n\n',
  )
  io.stdout.write(
    `${formatTable(
      ['user', 'steps', 'sessions', ...PER_USER_METRICS.map((m) => METRIC_LABELS[m])],
      metrics.perUser.map((u) => [
        u.userId,
        u.steps,
        u.sessions,
        ...PER_USER_METRICS.map((m) => fixed(u.metrics[m].value)),
      ]),
    )}\n\n`,
  )
  io.stdout.write(
    `${formatTable(
      [`reward ${rewards.reward}`, 'mean', 'n'],
      [
        ['total', fixed(rewards.total), metrics.steps],
        ...Object.entries(rewards.components).map(([name, c]) => [name, fixed(c.mean), c.n]),
      ],
    )}\n`,
  )
}
