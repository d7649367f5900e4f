import { mixSeed } from '../../../traces/seeded-random.js'

/** FNV-1a over the UTF-16 code units: a stable number for a session id or a user id. */
export function hashText(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

/** The seed of one decision: the run's seed, the policy's, the session and the step, so replays agree. */
export function decisionSeed(
  contextSeed: number,
  policySeed: number,
  sessionId: string,
  stepIndex: number,
): number {
  return mixSeed(contextSeed, policySeed, hashText(sessionId), stepIndex)
}
