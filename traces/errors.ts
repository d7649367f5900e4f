/**
 * Every failure a user can meet carries a stable code and a hint saying what to do.
 * Agent mistakes are data (a failed action result), never a ShopsimError.
 */
export const ERROR_CODES = {
  E_BROWSER_NOT_FOUND: 'No Chromium executable was found',
  E_BROWSER_LAUNCH: 'Chromium could not be started',
  E_BROWSER_CRASHED: 'Chromium exited or was disconnected while a session used it',
  E_BROWSER_CONNECT: 'No Playwright browser server answered at the given endpoint',
  E_DATASET_LAYOUT: 'The path is not an OPeRA dataset layout shopsim knows',
  E_DATASET_EMPTY: 'The dataset has no action rows',
  E_PARQUET_INVALID: 'A Parquet file could not be read',
  E_RUN_DIR: 'The run directory is not usable',
  E_RUN_VERSION: 'The run directory was written by a newer shopsim',
  E_UNSAFE_PATH: 'A file name from data would escape the output directory',
  E_SESSION_STATE: 'The session is not in a state that allows this',
  E_RECORD_INVALID: 'A step or session given to the run directory does not match its schema',
  E_USAGE: 'The command line is not valid',
  E_CSV: 'A CSV file could not be parsed',
  E_STORE_START: 'The embedded store could not be started',
  E_PAGE_LOAD: 'A page could not be opened in the browser',
  E_LIVE_CHECK: 'The run cannot be re-executed against the store',
  E_SERVICE_START: 'The reward service could not be started',
  E_REWARD_UNKNOWN: 'No reward function has that name',
  E_MODEL_CONFIG: 'No usable model endpoint is configured (base URL or model missing or invalid)',
  E_MODEL_UNAVAILABLE: 'The model endpoint stayed unreachable or overloaded after every retry',
  E_MODEL_RESPONSE: 'The model endpoint refused the request',
  E_TASKS_FILE: 'A tasks file could not be read or written',
  E_TASKS_GENERATE: 'Shopping tasks could not be generated from the catalog',
  E_EXPORT_OUT: 'The export destination holds files that are not a shopsim export',
  E_EXPORT_RESUME: 'The interrupted export cannot be resumed with this input and these options',
  E_PERSONAS: 'No personas could be read from the given path',
  E_CONFIG: 'The shopsim.config.json file is not valid',
  E_PERSONAS_GENERATE: 'Synthetic personas could not be generated with these options',
  E_REPORT_OUT: 'The report destination holds files that are not a shopsim report',
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export class ShopsimError extends Error {
  override readonly name = 'ShopsimError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

export function isShopsimError(error: unknown, code?: ErrorCode): error is ShopsimError {
  return error instanceof ShopsimError && (code === undefined || error.code === code)
}
