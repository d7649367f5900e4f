import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, found from this file so the build runs from any working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
/** `../shared/fixtures` beside the project (CI has the same layout). */
export const FIXTURES_DIR = resolve(PROJECT_ROOT, '..', 'shared', 'fixtures')
/** Where the committed dataset lives. */
export const OPERA_SAMPLE_DIR = resolve(PROJECT_ROOT, 'data', 'opera-sample')
