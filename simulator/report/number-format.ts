/** How numbers read in the report: '-' where there is none. */
export const fixed = (value: number | undefined, digits = 3): string =>
  value === undefined || !Number.isFinite(value) ? '-' : value.toFixed(digits)

export const percent = (value: number | undefined, digits = 1): string =>
  value === undefined || !Number.isFinite(value) ? '-' : `${(value * 100).toFixed(digits)}%`

/** Whole numbers as they are, others with `digits` decimals. */
export const compact = (value: number, digits = 2): string =>
  Number.isInteger(value) ? String(value) : value.toFixed(digits)
