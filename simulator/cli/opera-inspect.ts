import { type DatasetStats, type LoadIssue, openOperaDataset, StatsCollector } from '../../traces/index.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'
import { formatTable } from './table.js'

function formatStats(
  path: string,
  stats: DatasetStats,
  userTable: number,
  report: { total: number; counts: Record<string, number | undefined>; issues: LoadIssue[] },
): string {
  const lines: string[] = [`OPeRA dataset ${path}`, '']
  lines.push(
    formatTable(
      ['', 'count'],
      [
        ['sessions', stats.sessions],
        ['users with sessions', stats.users],
        ['users with a persona', stats.personas],
        ['users in the user table', userTable],
        ['steps', stats.steps],
        ['human rationales', stats.rationales],
        ['screenshots', stats.screenshots],
        ...Object.entries(stats.bySplit).map(([split, s]) => [
          `${split} split`,
          `${s.sessions} sessions, ${s.steps} steps`,
        ]),
      ],
    ),
  )
  const share = (n: number, total: number) => (total === 0 ? '' : `${((100 * n) / total).toFixed(1)}%`)
  lines.push('', 'Steps by action type')
  lines.push(
    formatTable(
      ['action type', 'steps', 'share'],
      Object.entries(stats.actionTypes).map(([t, n]) => [t, n, share(n, stats.steps)]),
    ),
  )
  const clicks = Object.values(stats.clickTypes).reduce((a, b) => a + (b ?? 0), 0)
  lines.push('', 'Clicks by click type')
  lines.push(
    formatTable(
      ['click type', 'clicks', 'share'],
      Object.entries(stats.clickTypes).map(([t, n]) => [t, n ?? 0, share(n ?? 0, clicks)]),
    ),
  )
  lines.push('', 'Session outcomes')
  lines.push(
    formatTable(
      ['outcome', 'sessions', 'share'],
      Object.entries(stats.outcomes).map(([o, n]) => [o, n, share(n, stats.sessions)]),
    ),
  )
  const pct = (name: string, p: DatasetStats['htmlBytes'], unit: (n: number) => string) =>
    p
      ? [name, unit(p.min), unit(p.p50), unit(p.p90), unit(p.p99), unit(p.max)]
      : [name, '-', '-', '-', '-', '-']
  const kb = (n: number) =>
    n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`
  lines.push('', 'Distributions')
  lines.push(
    formatTable(
      ['', 'min', 'p50', 'p90', 'p99', 'max'],
      [pct('steps per session', stats.stepsPerSession, String), pct('simplified HTML', stats.htmlBytes, kb)],
    ),
  )
  lines.push('', `Load report: ${report.total} issue${report.total === 1 ? '' : 's'}`)
  if (report.total > 0) {
    lines.push(
      formatTable(
        ['code', 'count'],
        Object.entries(report.counts).map(([code, n]) => [code, n ?? 0]),
      ),
    )
    const shown = report.issues.slice(0, 20)
    for (const issue of shown) {
      const where = [issue.file, issue.row === undefined ? '' : `row ${issue.row}`, issue.column ?? '']
        .filter(Boolean)
        .join(' ')
      lines.push(`  ${issue.code}  ${where}: ${issue.message}`)
    }
    if (report.issues.length > shown.length)
      lines.push(`  ... ${report.total - shown.length} more (use --json for all)`)
  }
  return `${lines.join('\n')}\n`
}

export const operaInspect = defineCommand({
  path: ['opera', 'inspect'],
  summary: 'Print what an OPeRA dataset holds, and every problem met loading it',
  usage: 'shopsim opera inspect <path> [--version filtered|full] [--split train|test] [--json]',
  options: {
    json: { type: 'boolean', default: false },
    version: { type: 'string' },
    split: { type: 'string' },
  },
  optionHelp: {
    json: 'print the statistics and the full load report as JSON on stdout',
    version: 'which version of a tree to read (default: filtered when present)',
    split: 'read only this split (default: both)',
  },
  examples: [
    'shopsim opera inspect data/opera-mini',
    'shopsim opera inspect ~/.cache/huggingface/hub --version full --json',
    'shopsim opera inspect OPeRA_filtered/action/test-00000-of-00001.parquet',
  ],
  async run({ values, positionals }, io) {
    const [path] = positionals
    if (path === undefined) {
      io.stderr.write('shopsim opera inspect: give the path of a dataset (see --help)\n')
      return EXIT.usage
    }
    const version = values.version as string | undefined
    const split = values.split as string | undefined
    if (version !== undefined && version !== 'filtered' && version !== 'full') {
      io.stderr.write(`shopsim opera inspect: --version must be filtered or full, not ${version}\n`)
      return EXIT.usage
    }
    if (split !== undefined && split !== 'train' && split !== 'test') {
      io.stderr.write(`shopsim opera inspect: --split must be train or test, not ${split}\n`)
      return EXIT.usage
    }
    const dataset = await openOperaDataset(path, {
      ...(version ? { version } : {}),
      ...(split ? { split } : {}),
    })
    const collector = new StatsCollector()
    for await (const session of dataset.sessions()) collector.add(session)
    const stats = collector.result()
    const report = dataset.report.toJSON()
    if (values.json) {
      const layout = {
        kind: dataset.layout.kind,
        root: dataset.layout.root,
        version: dataset.layout.version,
        versions: dataset.layout.versions,
        revision: dataset.layout.revision,
      }
      io.stdout.write(
        `${JSON.stringify({ layout, stats: { ...stats, userTable: dataset.users.size }, report }, null, 2)}\n`,
      )
    } else {
      io.stdout.write(formatStats(path, stats, dataset.users.size, report))
    }
    return EXIT.ok
  },
})
