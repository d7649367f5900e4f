/** Stable codes of the problems a dataset load can meet; each keeps or skips data as documented. */
export const LOAD_ISSUE_CODES = {
  /** A JSON column did not parse: the row is kept without that field. */
  json_invalid: 'row kept, field missing',
  /** A JSON column parsed to the wrong shape: the row is kept without that field. */
  field_invalid: 'row kept, field missing',
  /** action_type is not one OPeRA defines: the row is skipped. */
  action_type_unknown: 'row skipped',
  /** No session_id: the row cannot be placed and is skipped. */
  session_id_missing: 'row skipped',
  /** A click or input without a semantic_id: kept with an empty name. */
  semantic_id_missing: 'row kept, name empty',
  /** A timestamp that does not parse: kept, ordered by file position. */
  timestamp_invalid: 'row kept, ordered by file position',
  /** The session table's action_count disagrees with the rows found. */
  action_count_mismatch: 'session kept with the rows found',
  /** Rows of a session the session table does not list. */
  session_unlisted: 'session kept, user from the session id',
  /** A screenshot name with no row in the image tables. */
  image_missing: 'row kept, screenshot missing',
  /** A screenshot name that is a path (../x.jpg, a/b.jpg): never resolved. */
  image_name_unsafe: 'row kept, screenshot missing',
  /** An image-table row that is not usable (no bytes, unsafe name, duplicate). */
  image_row_invalid: 'image skipped',
  /** A Parquet file that is truncated or not Parquet. */
  parquet_invalid: 'file skipped',
  /** A Parquet file lacks columns the table needs. */
  columns_missing: 'file skipped when session_id is missing, else fields missing',
  /** A user row whose survey does not parse. */
  persona_invalid: 'user kept with the fields that parsed',
  /** Two rows claim the same user or session. */
  duplicate: 'first kept',
} as const
export type LoadIssueCode = keyof typeof LOAD_ISSUE_CODES

export interface LoadIssue {
  code: LoadIssueCode
  file: string
  row?: number
  column?: string
  sessionId?: string
  message: string
}

/** Collects issues; counts every one but keeps only the first `maxKept` in full to bound memory. */
export class LoadReport {
  readonly issues: LoadIssue[] = []
  readonly counts: Partial<Record<LoadIssueCode, number>> = {}
  constructor(private readonly maxKept = 10_000) {}

  add(issue: LoadIssue): void {
    this.counts[issue.code] = (this.counts[issue.code] ?? 0) + 1
    if (this.issues.length < this.maxKept) this.issues.push(issue)
  }

  get total(): number {
    return Object.values(this.counts).reduce((sum, n) => sum + (n ?? 0), 0)
  }

  toJSON(): { total: number; counts: Partial<Record<LoadIssueCode, number>>; issues: LoadIssue[] } {
    return { total: this.total, counts: { ...this.counts }, issues: [...this.issues] }
  }
}
