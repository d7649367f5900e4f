/**
 * OPeRA writes times with microseconds (`2025-04-14T21:52:46.756000Z`); ours have milliseconds, so the
 * last three digits are free: `micro` (0-999) fills them.
 */
export function operaTime(iso: string, micro = 0): string {
  return new Date(iso).toISOString().replace(/Z$/, `${String(micro).padStart(3, '0')}Z`)
}

/**
 * OPeRA's session id, `{user}_{startISO}_{endISO}`: readers take the user id from before the first `_`, so
 * a converted session is found by its user the same way a real one is. `tieBreak` sets the end time's
 * microseconds, to tell apart sessions of one user recorded in the same milliseconds (a frozen test clock).
 */
export function operaSessionId(userId: string, start: string, end: string, tieBreak = 0): string {
  return `${userId}_${operaTime(start)}_${operaTime(end, tieBreak)}`
}
