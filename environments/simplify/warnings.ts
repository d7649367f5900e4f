/**
 * What went wrong on a page, as data: simplifying never throws on a bad page, it returns what it could
 * and says what it could not.
 */
export const WARNING_CODES = [
  /** No recipe applies to the page; the result is empty. */
  'no_recipe',
  /** Two elements got the same name; actions resolve to the first in document order. */
  'duplicate_name',
  /** A node marked `required` matched nothing. */
  'missing_landmark',
  /** A selector was rejected by the backend's CSS engine. */
  'selector_error',
  /** The page could not be read (navigated away, crashed, closed). */
  'page_error',
  /** The page changed between matching and marking, so no element carries its name. */
  'marks_lost',
] as const
export type WarningCode = (typeof WARNING_CODES)[number]

export interface SimplifyWarning {
  code: WarningCode
  message: string
  /** The name concerned, for duplicate_name and missing_landmark. */
  name?: string
  count?: number
}
