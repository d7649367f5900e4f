import { basename } from 'node:path'
import { formatTable } from '../cli/table.js'
import type { BehaviourProfile, StepsSummary } from './behaviour-profile.js'
import type { BehaviourComparison, DistributionComparison } from './compare-behaviour.js'

const WIDTH = 7
const share = (value: number | undefined) =>
  (value === undefined ? '-' : `${(value * 100).toFixed(1)}%`).padStart(WIDTH)
const number = (value: number | undefined, digits: number) =>
  (value === undefined ? '-' : Number.isInteger(value) ? String(value) : value.toFixed(digits)).padStart(
    WIDTH,
  )
const distance = (d: DistributionComparison) => (d.distance === null ? 'n/a' : d.distance.toFixed(3))

function columnNames(subject: BehaviourProfile, reference: BehaviourProfile): [string, string] {
  const name = (p: BehaviourProfile) => (p.kind === 'published' ? 'OPeRA published' : basename(p.source))
  const [a, b] = [name(subject), name(reference)]
  return a === b ? [a, `${b} (reference)`] : [a, b]
}

/** A value cell; a derived figure is starred, and the footnote says how it was worked out. */
const cell = (text: string, derived = false) => `${text}${derived ? '*' : ' '}`

function sourceLine(profile: BehaviourProfile): string {
  const counts =
    profile.sessions === undefined ? '' : ` (${profile.sessions} sessions, ${profile.steps ?? 0} steps)`
  return `${profile.kind === 'published' ? '' : `${profile.kind} `}${profile.source}${counts}`
}

function distributionBlock(
  title: string,
  comparison: DistributionComparison,
  columns: [string, string],
): string {
  const rows = comparison.categories.map((c) => [
    c,
    cell(share(comparison.subject[c])),
    cell(share(comparison.reference[c])),
  ])
  const table = formatTable([title, ...columns], rows)
  const note = comparison.note === undefined ? '' : ` (${comparison.note})`
  return `${table}\n  JS distance: ${distance(comparison)}${note}\n`
}

function stepsBlock(comparison: BehaviourComparison, columns: [string, string]): string {
  const { subject, reference, stepsHistogram } = comparison
  const s: StepsSummary = subject.stepsPerSession
  const r: StepsSummary = reference.stepsPerSession
  const rows = [
    ['mean', cell(number(s.mean, 1)), cell(number(r.mean, 1), 'mean steps' in reference.derived)],
    ['median', cell(number(s.median, 1)), cell(number(r.median, 1))],
    ['90th percentile', cell(number(s.p90, 1)), cell(number(r.p90, 1))],
    ['max', cell(number(s.max, 1)), cell(number(r.max, 1))],
    ...stepsHistogram.categories.map((bucket) => [
      `${bucket} steps`,
      cell(share(s.histogram ? stepsHistogram.subject[bucket] : undefined)),
      cell(share(r.histogram ? stepsHistogram.reference[bucket] : undefined)),
    ]),
  ]
  const table = formatTable(['steps per session', ...columns], rows)
  const note = stepsHistogram.note === undefined ? '' : ` (${stepsHistogram.note})`
  return `${table}\n  JS distance of the histogram: ${distance(stepsHistogram)}${note}\n`
}

/** The comparison as text: each distribution side by side with its distance, then a summary. */
export function formatComparison(comparison: BehaviourComparison): string {
  const { subject, reference } = comparison
  const columns = columnNames(subject, reference)
  const purchase = formatTable(
    ['outcome', ...columns],
    [
      [
        'purchase rate',
        cell(share(subject.purchaseRate)),
        cell(share(reference.purchaseRate), 'purchase rate' in reference.derived),
      ],
    ],
  )
  const summary = formatTable(
    ['distribution', 'JS distance'],
    [
      ['action type', distance(comparison.actionTypes)],
      ['click type', distance(comparison.clickTypes)],
      ['steps per session', distance(comparison.stepsHistogram)],
    ],
  )
  const derived = Object.entries(reference.derived).map(
    ([key, how]) => `  * ${key}: derived, not published: ${how}`,
  )
  const notes = [
    ...subject.notes.map((n) => `  ${columns[0]}: ${n}`),
    ...reference.notes.map((n) => `  ${columns[1]}: ${n}`),
  ]
  return [
    `${columns[0]}: ${sourceLine(subject)}`,
    `${columns[1]}: ${sourceLine(reference)}`,
    '',
    distributionBlock('action type', comparison.actionTypes, columns),
    distributionBlock('click type (of clicks)', comparison.clickTypes, columns),
    stepsBlock(comparison, columns),
    `${purchase}\n`,
    `${summary}\n  Jensen-Shannon distance, base 2: 0 = the same distribution, 1 = nothing in common\n`,
    ...(derived.length > 0 ? [derived.join('\n')] : []),
    ...(notes.length > 0 ? [`notes:\n${notes.join('\n')}`] : []),
  ].join('\n')
}
