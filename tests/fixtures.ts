import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, found from this file so tests run from any working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** `../shared/fixtures`: real data, read as it is (SOURCES.md). */
export const FIXTURES = resolve(PROJECT_ROOT, '..', 'shared', 'fixtures')

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts)
}

export interface GoldFixtureLine {
  user_id: string
  session_id: string
  step_idx: number
  completion: string
  action_gt: { type: string; name?: string; text?: string; click_type?: string }
  rationale_gt: string
}

export function goldFixture(): GoldFixtureLine[] {
  return readFileSync(fixturePath('opera', 'gold-actions-with-model-outputs.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as Omit<GoldFixtureLine, 'action_gt'> & { action_gt: string }
      return { ...raw, action_gt: JSON.parse(raw.action_gt) as GoldFixtureLine['action_gt'] }
    })
}
