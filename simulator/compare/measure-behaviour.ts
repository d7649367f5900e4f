import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openOperaDataset } from '../../traces/opera/index.js'
import { openRunDir } from '../../traces/store/index.js'
import { type BehaviourProfile, ProfileBuilder } from './behaviour-profile.js'

/** A run's steps are read without their HTML: only actions, click types and outcomes count here. */
async function measureRun(path: string): Promise<BehaviourProfile> {
  const run = await openRunDir(path)
  const builder = new ProfileBuilder()
  let damaged = 0
  for (const session of await run.listSessions()) {
    const { steps, problems } = await run.readSteps(session.id)
    damaged += problems.length
    builder.add({ steps, outcome: session.outcome })
  }
  const notes = damaged > 0 ? [`${damaged} damaged lines of steps.jsonl were left out`] : []
  return builder.result('run', run.dir, notes)
}

async function measureDataset(path: string): Promise<BehaviourProfile> {
  const dataset = await openOperaDataset(path)
  const builder = new ProfileBuilder()
  for await (const session of dataset.sessions()) builder.add(session)
  const problems = dataset.report.total
  const notes = [
    ...(dataset.layout.version === 'full'
      ? ['the full version also records scroll, navigation and tab actions']
      : []),
    ...(problems > 0 ? [`${problems} problems loading the dataset (see shopsim opera inspect)`] : []),
  ]
  return builder.result('dataset', dataset.layout.root, notes)
}

/**
 * The behaviour figures of a run directory (one holding run.json) or of an OPeRA-format dataset. Throws
 * E_RUN_DIR or E_DATASET_LAYOUT when the path is neither.
 */
export function measureBehaviour(path: string): Promise<BehaviourProfile> {
  const absolute = resolve(path)
  return existsSync(join(absolute, 'run.json')) ? measureRun(absolute) : measureDataset(absolute)
}
