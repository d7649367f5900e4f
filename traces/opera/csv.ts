import { ShopsimError } from '../errors.js'

/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks (OPeRA's user table
 * exported as CSV has multi-line interview transcripts). Returns records keyed by the header row.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows = parseCsvRows(text)
  const header = rows.shift()
  if (!header) return []
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ''))
    .map((row, index) => {
      if (row.length !== header.length) {
        throw new ShopsimError(
          'E_CSV',
          `CSV record ${index + 1} has ${row.length} fields, the header has ${header.length}`,
          'Check that quoted fields are closed and quotes inside them are doubled.',
        )
      }
      return Object.fromEntries(header.map((key, i) => [key, row[i] ?? '']))
    })
}

export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < text.length) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        field += char
      }
      i++
      continue
    }
    if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (char === '\r' && text[i + 1] === '\n') i++
    } else field += char
    i++
  }
  if (quoted) throw new ShopsimError('E_CSV', 'CSV ends inside a quoted field', 'The file may be truncated.')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
