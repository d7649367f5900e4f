/**
 * OPeRA's text-to-segment rule: lowercase, every run of non-word characters becomes `_`, leading and
 * trailing `_` trimmed ("Dolphin $6.99 $6.99" -> `dolphin_6_99_6_99`). "Word" is JavaScript's ASCII `\w`,
 * as in the authors' browser extension, so letters outside ASCII count as separators ("Crème" -> `cr_me`).
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\W+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** Whitespace runs to one space, trimmed: the text shown in the simplified HTML and the element table. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * The dot-joined path of a name. An empty prefix (the page root, or under a `name=""` reset) starts a
 * new top-level path, which is how ids such as `check_out` appear.
 */
export function joinName(prefix: string, segment: string): string {
  return prefix === '' ? segment : `${prefix}.${segment}`
}
