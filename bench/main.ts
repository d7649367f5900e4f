import type { Bench } from './define-bench.js'
import { printReport } from './print-report.js'
import { BENCHES } from './registry.js'

function usage(): string {
  const width = Math.max(...BENCHES.map((b) => b.name.length))
  const rows = BENCHES.map((b) => `  ${b.name.padEnd(width)}  ${b.description}`)
  return `usage: npm run bench -- <name> [options]\n\nbenchmarks:\n${rows.join('\n')}\n`
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv
  const bench: Bench | undefined = BENCHES.find((b) => b.name === name)
  if (!bench) {
    if (name !== undefined) process.stderr.write(`unknown benchmark: ${name}\n\n`)
    process.stdout.write(usage())
    return 1
  }
  process.stdout.write(`== ${bench.name}: ${bench.description}\n`)
  const report = await bench.run(args)
  printReport(bench.name, report)
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
