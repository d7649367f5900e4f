import { createHash } from 'node:crypto'

/**
 * The session list's filters: rows carry their values in data-* attributes (escaped like any text), and a
 * row stays shown when it matches every select. No data is ever embedded in the script itself.
 */
export const FILTER_SCRIPT = `(() => {
  const selects = Array.from(document.querySelectorAll('select[data-filter]'))
  const rows = Array.from(document.querySelectorAll('tr[data-session]'))
  const count = document.getElementById('shown-count')
  const apply = () => {
    let shown = 0
    for (const row of rows) {
      const ok = selects.every((s) => s.value === '' || row.dataset[s.dataset.filter] === s.value)
      row.hidden = !ok
      if (ok) shown++
    }
    if (count) count.textContent = String(shown)
  }
  for (const s of selects) s.addEventListener('change', apply)
  apply()
})()`

/** A CSP source allowing exactly this inline script, so any other script in the page is refused. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
}
