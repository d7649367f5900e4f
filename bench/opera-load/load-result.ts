/** What each reader child reports after streaming the whole dataset once. */
export interface LoadResult {
  reader: string
  /** Open + stream + touch every step, measured inside the child (module loading excluded). */
  ms: number
  steps: number
  sessions: number
  /** Sum of the JS string lengths of every step's simplified HTML: proof the strings were decoded. */
  htmlChars: number
  /** RSS when the clock started: the process's own baseline (Node, loader, modules). */
  startRssKb: number
  /** Problems the reader reported (ours only; 0 for a clean synthetic dataset). */
  issues: number
}
