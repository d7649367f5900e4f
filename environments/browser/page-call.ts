/** A function that runs inside the page; it sees only its input (JSON) and the helpers passed with it. */
export type InPageFunction = (input: never) => unknown

/**
 * Source text that calls `fn` inside the page with `input` (JSON), plus `helpers` (functions, sent as source,
 * so in-page code can share them) merged into it. Functions travel to the page as their source text, and under
 * tsx/esbuild (keepNames: the bench, the scripts) that text may call `__name(...)`, which only Node has: the
 * wrapper defines it in the page as a no-op. A function handed to page.evaluate directly fails there with
 * "__name is not defined" as soon as it declares a named inner function.
 */
export function pageCall(
  fn: InPageFunction,
  input: object,
  helpers: Record<string, (...args: never[]) => unknown> = {},
): string {
  const shared = Object.entries(helpers).map(
    ([key, helper]) => `${JSON.stringify(key)}: ${helper.toString()}`,
  )
  const argument =
    shared.length === 0 ? JSON.stringify(input) : `{ ...${JSON.stringify(input)}, ${shared.join(', ')} }`
  return `((__name) => (${fn.toString()})(${argument}))((f) => f)`
}
