import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { compareBehaviour } from '../compare/compare-behaviour.js'
import { formatComparison } from '../compare/format-comparison.js'
import { measureBehaviour } from '../compare/measure-behaviour.js'
import { operaPublishedProfile } from '../compare/opera-published.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'

const NAME = 'shopsim compare'

export const compareCommand = defineCommand({
  path: ['compare'],
  summary:
    "Compare a run's shopping behaviour with OPeRA's (or a reference's), with Jensen-Shannon distances",
  usage: 'shopsim compare <run-dir | dataset> [--reference <dataset | run-dir>] [--json]',
  options: {
    reference: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    reference: "a dataset or run directory to compare with (default: OPeRA's published figures)",
    json: 'print one JSON object instead of tables',
  },
  examples: [
    'shopsim compare runs/store-heuristic',
    'shopsim compare runs/store-heuristic --reference ~/data/OPeRA',
    'shopsim compare data/opera-mini --reference data/opera-mini --json',
  ],
  async run({ values, positionals }, io) {
    const usage = (problem: string) => {
      io.stderr.write(`${NAME}: ${problem}\n`)
      return EXIT.usage
    }
    if (positionals.length !== 1) return usage('give one run directory or dataset')
    const paths = [
      positionals[0] as string,
      ...(typeof values.reference === 'string' ? [values.reference] : []),
    ]
    const [subjectPath, referencePath] = paths.map((p) => resolve(io.cwd, p))
    for (const path of [subjectPath, referencePath])
      if (path !== undefined && !existsSync(path)) return usage(`no such file or directory: ${path}`)

    const subject = await measureBehaviour(subjectPath as string)
    const reference =
      referencePath === undefined ? operaPublishedProfile() : await measureBehaviour(referencePath)
    if (subject.sessions === 0) {
      io.stderr.write(`${NAME}: no finished session in ${subject.source}\n`)
      return EXIT.failure
    }
    const comparison = compareBehaviour(subject, reference)
    io.stdout.write(
      values.json === true ? `${JSON.stringify(comparison, null, 2)}\n` : formatComparison(comparison),
    )
    return EXIT.ok
  },
})
