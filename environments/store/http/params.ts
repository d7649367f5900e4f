import { z } from 'zod'

/**
 * Zod pieces for query strings and form bodies, whose values arrive as a string or, when a key is
 * repeated, an array of strings. Every failure carries a message written for the shopper.
 */

function once(name: string) {
  return (issue: { input?: unknown }) =>
    Array.isArray(issue.input) ? `"${name}" may be given only once.` : `"${name}" must be text.`
}

/** A single text value of at most `max` characters. */
export function textParam(name: string, max: number) {
  return z.string({ error: once(name) }).max(max, `"${name}" must be at most ${max} characters long.`)
}

/** A single whole number in [min, max], written in plain digits. */
export function intParam(name: string, min: number, max: number) {
  const range = `"${name}" must be a whole number from ${min} to ${max}`
  return z
    .string({ error: once(name) })
    .regex(/^\d{1,12}$/, `${range}.`)
    .transform(Number)
    .pipe(z.number().min(min, `${range}.`).max(max, `${range}.`))
}

/** A single amount of dollars ("12", "12.5", "12.50") as cents, in [0, maxDollars]. */
export function dollarsParam(name: string, maxDollars: number) {
  const message = `"${name}" must be an amount of dollars from 0 to ${maxDollars}, like 25 or 19.99.`
  return z
    .string({ error: once(name) })
    .regex(/^\d{1,7}(\.\d{1,2})?$/, message)
    .transform((v) => Math.round(Number(v) * 100))
    .pipe(z.number().max(maxDollars * 100, message))
}

/** One of a fixed set of values. */
export function enumParam<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z
    .string({ error: once(name) })
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), {
      error: (issue) => `"${String(issue.input)}" is not a valid ${name}; use one of: ${values.join(', ')}.`,
    })
    .transform((v) => v as T[number])
}

/** A key that may be repeated (`brand=A&brand=B`): always an array, at most `maxCount` values. */
export function manyParam(name: string, maxLength: number, maxCount = 20) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(
      z
        .array(z.string().max(maxLength, `Each "${name}" must be at most ${maxLength} characters long.`))
        .max(maxCount, `"${name}" may be given at most ${maxCount} times.`),
    )
}

/** The first readable message of a failed parse. */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0]
  return issue?.message ?? 'The request is not valid.'
}

/** URLSearchParams -> `{ key: value }`, or `{ key: [values] }` when a key repeats. */
export function paramsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of params) {
    const existing = out[key]
    if (existing === undefined) out[key] = value
    else if (Array.isArray(existing)) existing.push(value)
    else out[key] = [existing, value]
  }
  return out
}

/** An optional value; an empty field (a form left blank) counts as not given. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), schema.optional())
}

/** Cart line ids as the forms send them ("L12"). */
export const lineIdParam = z
  .string({
    error: (issue) =>
      Array.isArray(issue.input) ? '"line" may be given only once.' : '"line" must be text.',
  })
  .regex(/^L\d{1,9}$/, 'That cart item reference is not valid.')
