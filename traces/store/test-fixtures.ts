import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StepInput } from '../schema/index.js'
import type { SessionFields } from './records.js'

/** Shared by the store's tests and its crash-test child process. */

export const SESSION_ID = 'opera:user-7:session/2025-01-02'

export function freshRunPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'shopsim-store-')), 'run')
}

/** A clock that ticks one second per call from a fixed instant. */
export function fakeClock(start = Date.UTC(2025, 0, 2, 3, 4, 5)): () => Date {
  let calls = 0
  return () => new Date(start + 1000 * calls++)
}

export const sessionFields: SessionFields = {
  userId: 'user-7',
  provenance: { source: 'live', environment: 'store', seed: 7 },
}

export function makeStep(sessionId: string, index: number): StepInput {
  return {
    sessionId,
    actionId: `a-${index}`,
    index,
    timestamp: new Date(Date.UTC(2025, 0, 2, 3, 4, index)).toISOString(),
    action: { type: 'click', name: `product_${index}` },
    observation: {
      url: `http://127.0.0.1/p/${index}`,
      viewport: { width: 1280, height: 720 },
      elements: [{ name: `product_${index}`, tag: 'a', text: 'Ünïcödé “title”\n', visible: true }],
    },
    rationale: `step ${index}`,
    errors: [],
  }
}

/** Deterministic HTML of about `size` characters, so a reader can tell a whole file from a part. */
export function htmlFor(index: number, size = 2000): string {
  const head = `<html data-index="${index}"><body>`
  const tail = '</body></html>'
  return head + 'x'.repeat(Math.max(0, size - head.length - tail.length)) + tail
}

export function shotFor(index: number): Uint8Array {
  return Uint8Array.from({ length: 64 }, (_, i) => (i * 31 + index) % 256)
}

/** Large enough that a kill often lands while a side file is being written. */
export const CRASH_HTML_SIZE = 512 * 1024
