import type { Bench } from './define-bench.js'
import { exportBench } from './export.js'
import { observe } from './observe.js'
import { operaLoad } from './opera-load.js'
import { predictBench } from './predict.js'
import { replayBench } from './replay.js'
import { rewardServiceBench } from './reward-service.js'
import { rewardsBench } from './rewards.js'
import { runBench } from './run.js'
import { storeBench } from './store.js'

/** Every benchmark `npm run bench -- <name>` knows, in the order the list prints them. */
export const BENCHES: readonly Bench[] = [
  operaLoad,
  storeBench,
  observe,
  replayBench,
  rewardsBench,
  rewardServiceBench,
  predictBench,
  runBench,
  exportBench,
]
