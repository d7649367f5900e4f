import { startStore } from '../../environments/store/index.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'
import { untilStopped } from './until-stopped.js'

function integerFlag(value: unknown, name: string, min: number, max: number): number | string | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isInteger(n) && n >= min && n <= max
    ? n
    : `--${name} must be a whole number from ${min} to ${max}, not ${value}`
}

export const storeCommand = defineCommand({
  path: ['store'],
  summary: 'Run the embedded amazon-like store in the foreground and print its URL',
  usage: 'shopsim store [--port 8080] [--host 127.0.0.1] [--seed N] [--catalog-size N]',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    'catalog-size': { type: 'string' },
  },
  optionHelp: {
    port: 'port to listen on (default 8080; 0 = any free port)',
    host: 'address to listen on (default 127.0.0.1, this machine only)',
    seed: 'catalog seed: the same seed gives the same products and pages (default 1)',
    'catalog-size': 'number of products (default 2000)',
  },
  examples: [
    'shopsim store',
    'shopsim store --port 0 --seed 42',
    'shopsim store --port 9000 --catalog-size 5000',
  ],
  async run({ values }, io) {
    const port = integerFlag(values.port ?? '8080', 'port', 0, 65_535)
    const seed = integerFlag(values.seed, 'seed', 0, 2 ** 32 - 1)
    const catalogSize = integerFlag(values['catalog-size'], 'catalog-size', 1, 50_000)
    for (const problem of [port, seed, catalogSize]) {
      if (typeof problem === 'string') {
        io.stderr.write(`shopsim store: ${problem}\n`)
        return EXIT.usage
      }
    }
    const store = await startStore({
      ...(typeof port === 'number' ? { port } : {}),
      ...(typeof seed === 'number' ? { seed } : {}),
      ...(typeof catalogSize === 'number' ? { catalogSize } : {}),
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
      onInternalError: (error) =>
        io.stderr.write(
          `shopsim store: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        ),
    })
    const { products, departments, buildMs, seed: usedSeed } = store.catalog
    io.stdout.write(
      `shopsim store: ${products.length.toLocaleString('en-US')} products in ${departments.length} departments ` +
        `(seed ${usedSeed}, built in ${Math.round(buildMs)} ms)\n`,
    )
    io.stdout.write(`${store.url}/\n`)
    io.stdout.write(`cart events: ${store.url}/__shopsim/events?session=<id>   stop with Ctrl-C\n`)
    const signal = await untilStopped()
    await store.close()
    io.stdout.write(`shopsim store: stopped (${signal})\n`)
    return EXIT.ok
  },
})
