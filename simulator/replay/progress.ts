/** Where progress goes: stderr, or anything with `write`. */
export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
}

export interface ProgressCounts {
  sessionsDone: number
  sessionsTotal: number
  steps: number
  failures: number
}

/**
 * One line redrawn with `\r` on a terminal, nothing otherwise. Steps/s counts the steps
 * rendered since this reporter started (skipped sessions do not inflate it).
 */
export function createProgress(
  stream: ProgressStream | undefined,
  now: () => number,
  label = 'replay',
  /** More to say at the end of the line (a live run's outcomes). */
  extra?: () => string,
) {
  const started = now()
  const counts: ProgressCounts = { sessionsDone: 0, sessionsTotal: 0, steps: 0, failures: 0 }

  const text = () => {
    const seconds = Math.max((now() - started) / 1000, 1e-3)
    const rate = counts.steps / seconds
    const { sessionsDone: done, sessionsTotal: total } = counts
    const width = 20
    const filled = total === 0 ? width : Math.round((width * done) / total)
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
    return `${label} ${bar} ${done}/${total} sessions, ${counts.steps} steps, ${rate.toFixed(1)} steps/s, ${counts.failures} failed${extra ? `; ${extra()}` : ''}`
  }

  // Progress is for a person watching: redrawn in place on a terminal, silent when stderr is a file or a
  // pipe (logs and CI get the command's summary instead of hundreds of lines).
  const draw = (final: boolean) => {
    if (stream === undefined || stream.isTTY !== true) return
    stream.write(`\r${text()}\u001b[K${final ? '\n' : ''}`)
  }

  return {
    counts,
    update(change: Partial<ProgressCounts>) {
      for (const [key, value] of Object.entries(change) as [keyof ProgressCounts, number][])
        counts[key] += value
      draw(false)
    },
    finish: () => draw(true),
  }
}

export type Progress = ReturnType<typeof createProgress>
