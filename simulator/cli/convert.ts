import { resolve } from 'node:path'
import { ShopsimError } from '../../traces/errors.js'
import { DATASET_VERSIONS, type DatasetVersion, versionFolder } from '../../traces/opera/index.js'
import { CONVERTED_SESSIONS_FILE, type RunToOperaResult, runToOpera } from '../convert/index.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'
import { positiveInt } from './selection-flags.js'

function versionOf(text: string | undefined): DatasetVersion {
  if (text === undefined) return 'filtered'
  if ((DATASET_VERSIONS as readonly string[]).includes(text)) return text as DatasetVersion
  throw new ShopsimError('E_USAGE', `--version must be filtered or full, not ${text}`)
}

function originOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const url = URL.canParse(text) ? new URL(text) : undefined
  const bare = url !== undefined && url.pathname === '/' && url.search === '' && url.hash === ''
  if (url === undefined || !bare || !['http:', 'https:'].includes(url.protocol))
    throw new ShopsimError('E_USAGE', `--origin must be an origin such as https://store.example, not ${text}`)
  return url.origin
}

function summary(result: RunToOperaResult): string {
  const { dataset, sessions, skipped } = result
  const splits = Object.entries(dataset.splits)
  const total = (key: 'sessions' | 'actions' | 'images') =>
    splits.reduce((sum, [, split]) => sum + (split?.[key] ?? 0), 0)
  const lines = [
    `wrote ${dataset.root} (${versionFolder(dataset.version)}): ${total('sessions')} sessions, ${total('actions')} action rows, ${total('images')} screenshots`,
    ...splits.map(
      ([name, split]) =>
        `  ${name}: ${split?.sessions} sessions, ${split?.actions} actions, ${split?.users} users, ${split?.images} images`,
    ),
    `  closing terminate rows appended: ${sessions.filter((s) => s.closingTerminate).length}`,
    `  run sessions, tasks and outcomes: ${CONVERTED_SESSIONS_FILE}`,
  ]
  if (skipped.length > 0) lines.push(`  skipped (no step to write): ${skipped.join(', ')}`)
  if (dataset.missingImages.length > 0)
    lines.push(`  screenshots missing from the run: ${dataset.missingImages.length}`)
  return `${lines.join('\n')}\n`
}

export const convertCommand = defineCommand({
  path: ['convert'],
  summary: 'Convert a run directory (live run, recording) into the OPeRA dataset layout',
  usage:
    'shopsim convert <run-dir> --out <dataset-dir> [--version filtered|full] [--origin <url>] [--keep-queries] [--jpeg-quality N] [--max-width N] [--json]',
  options: {
    out: { type: 'string' },
    version: { type: 'string' },
    origin: { type: 'string' },
    'keep-queries': { type: 'boolean', default: false },
    'jpeg-quality': { type: 'string' },
    'max-width': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  optionHelp: {
    out: 'the dataset root to write (OPeRA_<version>/ and README.md in it are replaced)',
    version:
      'filtered (default): clicks, inputs and terminates, a terminate row closing each session not ending in a purchase; full: every step',
    origin: "write this origin in place of the run's (e.g. the store's 127.0.0.1 port)",
    'keep-queries': 'keep query strings in URLs (default: masked as URL_MASKED, as OPeRA does)',
    'jpeg-quality': 'encode screenshots again as JPEG at this quality (OPeRA used 25); default: copy them',
    'max-width': 'encode screenshots again, scaled down to at most this width',
    json: 'print the result as JSON on stdout',
  },
  examples: [
    'shopsim convert runs/live-1 --out datasets/live-1',
    'shopsim convert runs/live-1 --out datasets/live-1 --origin https://store.example --jpeg-quality 25',
    'shopsim convert runs/recorded --out datasets/recorded --version full',
  ],
  async run({ values, positionals }, io) {
    const [runDir] = positionals
    if (runDir === undefined) {
      io.stderr.write('shopsim convert: give the path of a run directory (see --help)\n')
      return EXIT.usage
    }
    const out = values.out as string | undefined
    if (out === undefined) {
      io.stderr.write('shopsim convert: --out <dataset-dir> is required\n')
      return EXIT.usage
    }
    const quality = positiveInt('jpeg-quality', values['jpeg-quality'] as string | undefined)
    if (quality !== undefined && quality > 100)
      throw new ShopsimError('E_USAGE', '--jpeg-quality must be 1 to 100')
    const maxWidth = positiveInt('max-width', values['max-width'] as string | undefined)
    const origin = originOf(values.origin as string | undefined)
    const reencode = quality !== undefined || maxWidth !== undefined
    const result = await runToOpera(resolve(io.cwd, runDir), {
      out: resolve(io.cwd, out),
      version: versionOf(values.version as string | undefined),
      ...(origin !== undefined && { origin }),
      maskQueries: values['keep-queries'] !== true,
      ...(reencode && {
        screenshots: {
          ...(quality !== undefined && { quality }),
          ...(maxWidth !== undefined && { maxWidth }),
        },
      }),
    })
    io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result))
    return EXIT.ok
  },
})
