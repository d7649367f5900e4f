import { extname } from 'node:path'
import { CHUNKS_DIR, digestTree, type WorkDir, type WrittenFile } from '../../traces/export/index.js'
import { writeOperaDataset } from '../../traces/opera/index.js'
import type { Session, Step } from '../../traces/schema/index.js'
import { hashText } from '../../traces/seeded-random.js'
import type { Progress } from '../replay/progress.js'
import type { SessionSource } from '../replay/session-source.js'
import type { ResolvedExportOptions } from './export-options.js'
import { assignSplit } from './split-assignment.js'

const STATE_FILE = 'export-state.json'

/**
 * A run directory's screenshots are files, not names in an image table: give each a name of its own for
 * the OPeRA image table, made from the session's hash and the step (never from data).
 */
function withImageName(step: Step): Step {
  const shot = step.observation.screenshot
  if (shot === undefined || shot.name !== undefined || shot.file === undefined) return step
  const ext = extname(shot.file).toLowerCase() === '.png' ? 'png' : 'jpg'
  const name = `${hashText(step.sessionId).toString(16).padStart(8, '0')}_${String(step.index).padStart(6, '0')}.${ext}`
  return { ...step, observation: { ...step.observation, screenshot: { ...shot, name } } }
}

/**
 * The `opera` format: the selected sessions in the OPeRA layout (filtered version), each in the split the
 * split options give it, with screenshots in the image table. Written whole; `--resume` starts it over.
 */
export async function exportOpera(run: {
  work: WorkDir
  source: SessionSource
  options: ResolvedExportOptions
  progress: Progress
  signal?: AbortSignal
}): Promise<{ files: WrittenFile[]; counts: Record<string, unknown> }> {
  const { source, options, progress } = run
  let steps = 0
  async function* sessions(): AsyncGenerator<Session> {
    for await (const session of source.sessions()) {
      run.signal?.throwIfAborted()
      steps += session.steps.length
      progress.update({ sessionsDone: 1, steps: session.steps.length })
      yield {
        ...session,
        split: assignSplit(session, options.splitRatio, options.seed),
        steps: session.steps.map(withImageName),
      }
    }
  }
  // Screenshots are looked up by the renamed step's own file, which the run source reads.
  const summary = await writeOperaDataset(sessions(), {
    out: run.work.path,
    image: (_name, step) => source.screenshot(step),
    description: `Exported by shopsim from ${source.origin}.`,
  })
  progress.finish()
  const files = await digestTree(
    run.work.path,
    (rel) => rel === STATE_FILE || rel.startsWith(`${CHUNKS_DIR}/`),
  )
  const splits: Record<string, unknown> = {}
  for (const [split, s] of Object.entries(summary.splits))
    splits[split] = { sessions: s.sessions, actions: s.actions, users: s.users, images: s.images }
  return {
    files,
    counts: {
      steps,
      skippedSteps: summary.skippedSteps,
      missingImages: summary.missingImages.length,
      splits,
    },
  }
}
