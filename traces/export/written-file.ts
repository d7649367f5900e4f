/** A file of the export as the manifest lists it. */
export interface WrittenFile {
  /** Relative to the export directory, with `/`. */
  path: string
  bytes: number
  sha256: string
  rows?: number
}
