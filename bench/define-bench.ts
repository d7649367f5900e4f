/** A figure of ours set against the floor: the same work done by a reference tool in the same run. */
export interface Comparison {
  what: string
  unit: string
  ours: number
  floor: number
  /** What produced the floor, e.g. "DuckDB read_parquet over the same files". */
  floorSource: string
}

/** A target quoted from the issue that asked for the benchmark; printed as met or not, never asserted. */
export interface Goal {
  text: string
  met: boolean
}

export interface BenchReport {
  comparisons: Comparison[]
  goals: Goal[]
}

export interface Bench {
  name: string
  description: string
  /** Receives the arguments after the benchmark's name; throws when a result cannot be trusted. */
  run(args: readonly string[]): Promise<BenchReport>
}

/** Identity, so every benchmark file declares the same shape and the registry stays a plain list. */
export function defineBench(bench: Bench): Bench {
  return bench
}
