// Child process of the store benchmark: runs the store until killed, after printing one JSON line.
import { startStore } from '../../environments/store/index.js'

const [seed = '1'] = process.argv.slice(2)
const store = await startStore({ port: 0, seed: Number(seed) })
process.stdout.write(
  `${JSON.stringify({ url: store.url, buildMs: store.catalog.buildMs, products: store.catalog.products.length })}\n`,
)
process.once('SIGTERM', () => {
  store.close().then(() => process.exit(0))
})
