import { ShopsimError } from '../../traces/errors.js'
import { parseShard, type SessionSelection } from '../replay/index.js'

/** The value of a `--flag` that must be a whole number >= 1; undefined when the flag was not given. */
export function positiveInt(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) throw new ShopsimError('E_USAGE', `--${flag} must be a positive integer`)
  return n
}

/** The value of a `--flag` that must be a whole number >= 0; undefined when the flag was not given. */
export function wholeNumber(flag: string, text: unknown): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0)
    throw new ShopsimError('E_USAGE', `--${flag} must be a whole number >= 0`)
  return n
}

/** --split, --sessions / --limit and --shard, as replay, predict and export all read them. */
export function selectionOf(values: Record<string, unknown>): SessionSelection {
  const split = values.split as string | undefined
  if (split !== undefined && split !== 'train' && split !== 'test') {
    throw new ShopsimError('E_USAGE', `--split must be train or test, not ${split}`)
  }
  if (values.sessions !== undefined && values.limit !== undefined) {
    throw new ShopsimError('E_USAGE', 'give --sessions or --limit, not both')
  }
  const ids = values.sessions as string | undefined
  const limit = positiveInt('limit', values.limit as string | undefined)
  return {
    ...(split !== undefined && { split }),
    ...(ids !== undefined && { ids: new Set(ids.split(',').map((id) => id.trim())) }),
    ...(limit !== undefined && { limit }),
    ...(values.shard !== undefined && { shard: parseShard(values.shard as string) }),
  }
}
