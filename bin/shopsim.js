#!/usr/bin/env node
// The installed entry point: runs the compiled CLI (npm install builds it through `prepare`).
import { existsSync } from 'node:fs'

const entry = new URL('../dist/simulator/cli/main.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write(
    'shopsim: the compiled CLI is missing (dist/). Run `npm install` or `npm run build` in the shopsim folder.\n',
  )
  process.exit(1)
}
const { main } = await import(entry.href)
process.exitCode = await main(process.argv.slice(2))
