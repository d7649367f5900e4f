/** Everything that fixes what `npm run build:opera-sample` produces. Change one and the sample changes. */
export const SAMPLE = {
  storeSeed: 1,
  /** The catalog's size: the store's default. */
  catalogSize: 2000,
  taskSeed: 7,
  personaSeed: 11,
  syntheticPersonas: 4,
  sessionsPerPersona: 4,
  runSeed: 1,
  /** The heuristic shopper terminates by this step; OPeRA's p90 is 22 steps. */
  maxSteps: 24,
  /** The store's clock (delivery dates on its pages) and the start of the recording clock. */
  start: '2026-03-02T15:00:00.000Z',
  clockSeed: 5,
  /** Where the store appears to be: the run's 127.0.0.1 port changes every run. */
  origin: 'https://store.shopsim.example',
  /** OPeRA's screenshots are JPEG quality 25. */
  screenshots: { quality: 25 },
} as const
