/** Figures rounded for reading: three significant digits at most, integers kept whole. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US')
  return Number(value.toPrecision(3)).toString()
}

export function formatKb(kb: number): string {
  return `${formatNumber(kb / 1024)} MB`
}
