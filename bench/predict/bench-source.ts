import { openOperaDataset } from '../../traces/opera/index.js'
import type { Session } from '../../traces/schema/index.js'
import { openRunDir } from '../../traces/store/index.js'

/**
 * A run directory holding `copies` copies of every session of an OPeRA dataset (real recorded pages and
 * actions), under new ids: enough steps to time without inventing HTML.
 */
export async function copiedSource(
  dataset: string,
  dir: string,
  copies: number,
): Promise<{ steps: number; pages: string[] }> {
  const sessions: Session[] = []
  for await (const session of (await openOperaDataset(dataset)).sessions()) sessions.push(session)
  const run = await openRunDir(dir, { create: true, kind: 'import', durable: false })
  let steps = 0
  const pages: string[] = []
  for (let copy = 0; copy < copies; copy++) {
    for (const session of sessions) {
      const id = `copy${copy}_${session.id}`
      await run.openSession(id, {
        userId: session.userId,
        ...(session.persona !== undefined && { persona: session.persona }),
        provenance: session.provenance,
      })
      for (const step of session.steps) {
        const { html, ...observation } = step.observation
        await run.appendStep(id, { ...step, sessionId: id, observation }, html === undefined ? {} : { html })
        steps++
        pages.push(html ?? '')
      }
      await run.markSessionDone(id, { outcome: session.outcome })
    }
  }
  return { steps, pages }
}
