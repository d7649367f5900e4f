import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShopsimError } from '../../traces/errors.js'
import { exportDataset } from './export-dataset.js'
import type { ExportOptions } from './export-options.js'
import { writeTestRun } from './test-source.js'

const root = mkdtempSync(join(tmpdir(), 'shopsim-export-resume-'))
const source = join(root, 'source')
beforeAll(async () => {
  await writeTestRun(source, { screenshots: true, rationales: true })
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

let outs = 0
const freshOut = () => join(root, `out-${outs++}`)
const partialOf = (out: string) => join(dirname(out), `.${relative(dirname(out), out)}.export-partial`)

/** Every file under dir by relative path, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, name)
    if (statSync(path).isFile()) files.set(name, readFileSync(path))
  }
  return files
}

/** Compared with Buffer.equals: a deep equality over every byte of a Parquet file is very slow. */
function expectSameFiles(left: Map<string, Buffer>, right: Map<string, Buffer>): void {
  expect([...left.keys()]).toEqual([...right.keys()])
  for (const [name, bytes] of left) expect(bytes.equals(right.get(name) as Buffer), name).toBe(true)
}

const expectSameTree = (a: string, b: string): void => expectSameFiles(tree(a), tree(b))

const base = (format: ExportOptions['format']): Omit<ExportOptions, 'out'> => ({
  source,
  format,
  image: true,
  rationale: 'auto',
  chunkRows: 4,
})

/** Runs an export and aborts it once `after` examples are written; returns the error it ended with. */
async function interrupted(options: ExportOptions, after: number): Promise<unknown> {
  const controller = new AbortController()
  try {
    await exportDataset({
      ...options,
      signal: controller.signal,
      onExample: (written) => {
        if (written === after) controller.abort()
      },
    })
  } catch (error) {
    return error
  }
  throw new Error('the export was not interrupted')
}

describe('export determinism and resume', () => {
  it('gives byte-identical output for the same input and options', async () => {
    const a = freshOut()
    const b = freshOut()
    await exportDataset({ ...base('rl-verl'), out: a, concurrency: 1 })
    await exportDataset({ ...base('rl-verl'), out: b, concurrency: 4 })
    expectSameTree(a, b)
  })

  for (const format of ['rl-verl', 'sft-sharegpt'] as const) {
    it(`${format}: an interrupted export resumed gives the same bytes as one that never stopped`, async () => {
      const whole = freshOut()
      await exportDataset({ ...base(format), out: whole })

      const out = freshOut()
      const error = await interrupted({ ...base(format), out }, 6)
      expect((error as Error).name).toBe('AbortError')
      // Nothing half-written at the destination; one committed chunk of 4 kept aside.
      expect(existsSync(out)).toBe(false)
      const chunks = join(partialOf(out), 'chunks', 'test')
      expect(readdirSync(chunks).sort()).toEqual(['000000', '000001.partial'])
      // What a kill could leave besides: a torn temporary image.
      mkdirSync(join(partialOf(out), 'images'), { recursive: true })
      writeFileSync(join(partialOf(out), 'images', 'deadbeef.jpg.123.tmp'), 'torn')

      const written: number[] = []
      const result = await exportDataset({
        ...base(format),
        out,
        resume: true,
        onExample: (n) => written.push(n),
      })
      expect(result.resumed).toBe(true)
      // Only the examples after the committed chunk were rendered again.
      expect(written.length).toBe((result.manifest.counts.examples as number) - 4)
      expect(existsSync(partialOf(out))).toBe(false)
      expectSameTree(whole, out)
    })
  }

  it('refuses to resume with other options, and does nothing for a complete export', async () => {
    const out = freshOut()
    await interrupted({ ...base('rl-trl'), out }, 5)
    const refused = await exportDataset({
      ...base('rl-trl'),
      out,
      resume: true,
      dialect: 'type_and_submit',
    }).catch((e: unknown) => e)
    expect(isShopsimError(refused, 'E_EXPORT_RESUME')).toBe(true)

    await exportDataset({ ...base('rl-trl'), out, resume: true })
    const before = tree(out)
    const again = await exportDataset({ ...base('rl-trl'), out, resume: true })
    expect(again.alreadyComplete).toBe(true)
    expectSameFiles(tree(out), before)
  })

  it('replaces an earlier export but never a folder of other files', async () => {
    const out = freshOut()
    await exportDataset({ ...base('sft-openai'), out, image: false })
    await exportDataset({ ...base('rollouts'), out, image: false })
    expect(existsSync(join(out, 'test.meta.jsonl'))).toBe(false)
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ format: 'rollouts' })

    const foreign = freshOut()
    mkdirSync(foreign)
    writeFileSync(join(foreign, 'notes.txt'), 'mine')
    const refused = await exportDataset({ ...base('rl-verl'), out: foreign }).catch((e: unknown) => e)
    expect(isShopsimError(refused, 'E_EXPORT_OUT')).toBe(true)
    expect(readdirSync(foreign)).toEqual(['notes.txt'])
  })

  it('starts over, without --resume, when an interrupted export is left', async () => {
    const out = freshOut()
    await interrupted({ ...base('rl-verl'), out, image: false }, 5)
    const written: number[] = []
    const result = await exportDataset({
      ...base('rl-verl'),
      out,
      image: false,
      onExample: (n) => written.push(n),
    })
    expect(result.resumed).toBe(false)
    expect(written.length).toBe(result.manifest.counts.examples)
  })
})
