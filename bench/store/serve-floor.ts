// Child process of the store benchmark: the floor, a minimal node:http server that answers every
// request with the same HTML page of a given size (no routing, no rendering, no session).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const [bytesArg = '50000'] = process.argv.slice(2)
const size = Number(bytesArg)
const filler = '<div class="s-result-item"><h2>Fixed page</h2><span class="a-price">$1.00</span></div>\n'
const page = Buffer.from(
  `<!doctype html><html><body>${filler.repeat(Math.ceil(size / filler.length))}`.slice(0, size),
)

const server = createServer({ keepAliveTimeout: 5_000 }, (_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length })
  response.end(page)
})
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}`, bytes: page.length })}\n`)
})
process.once('SIGTERM', () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})
