type InPageFunction = (input: never) => unknown

/**
 * Source text that calls `fn` inside the page with `input` (JSON) plus `helpers` (functions, passed as
 * source, so in-page code can share them). Under tsx/esbuild (keepNames) function text may call
 * `__name(...)`, which only Node has; the wrapper defines it in the page as a no-op.
 */
export function pageCall(
  fn: InPageFunction,
  input: Record<string, unknown>,
  helpers: Record<string, (...args: never[]) => unknown> = {},
): string {
  const shared = Object.entries(helpers)
    .map(([key, helper]) => `${JSON.stringify(key)}: ${helper.toString()}`)
    .join(', ')
  return `((__name) => (${fn.toString()})({ ...${JSON.stringify(input)}, ${shared} }))((f) => f)`
}
