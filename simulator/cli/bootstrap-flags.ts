import type { OptionSpec } from './define-command.js'

export const DEFAULT_RESAMPLES = 1000
const MAX_RESAMPLES = 100_000
const MAX_SEED = 2 ** 32 - 1

/** The flags of the commands that put bootstrap intervals on metrics (score, report). */
export const BOOTSTRAP_OPTIONS = {
  bootstrap: { type: 'string' },
  seed: { type: 'string' },
} as const satisfies OptionSpec

export const BOOTSTRAP_OPTION_HELP = {
  bootstrap: `resamples for the metrics' 95% intervals (default ${DEFAULT_RESAMPLES}; 0 = none)`,
  seed: 'bootstrap seed (default 0): the same seed gives the same intervals',
}

function wholeNumber(value: unknown, flag: string, fallback: number, max: number): number | string {
  if (value === undefined) return fallback
  const n = Number(value)
  return Number.isInteger(n) && n >= 0 && n <= max
    ? n
    : `--${flag} must be a whole number from 0 to ${max}, not ${value}`
}

/** `--bootstrap` and `--seed` as numbers, or what is wrong with them (a usage problem). */
export function bootstrapFromFlags(values: {
  bootstrap?: unknown
  seed?: unknown
}): { resamples: number; seed: number } | string {
  const resamples = wholeNumber(values.bootstrap, 'bootstrap', DEFAULT_RESAMPLES, MAX_RESAMPLES)
  if (typeof resamples === 'string') return resamples
  const seed = wholeNumber(values.seed, 'seed', 0, MAX_SEED)
  if (typeof seed === 'string') return seed
  return { resamples, seed }
}
