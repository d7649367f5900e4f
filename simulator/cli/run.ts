// Runs the CLI from source (`npx tsx simulator/cli/run.ts ...`); the installed bin runs the compiled copy.
import { main } from './main.js'

process.exitCode = await main(process.argv.slice(2))
