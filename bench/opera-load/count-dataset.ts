import { openOperaDataset } from '../../traces/index.js'

/** Streams a dataset with shopsim's reader and counts what it decoded (touching every step's HTML). */
export async function countDataset(
  root: string,
): Promise<{ steps: number; sessions: number; htmlChars: number; issues: number }> {
  const dataset = await openOperaDataset(root)
  let steps = 0
  let sessions = 0
  let htmlChars = 0
  for await (const session of dataset.sessions()) {
    sessions++
    for (const step of session.steps) {
      steps++
      htmlChars += step.observation.html?.length ?? 0
    }
  }
  return { steps, sessions, htmlChars, issues: dataset.report.total }
}
