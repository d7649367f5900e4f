import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'

let started: Promise<string> | undefined

/**
 * The proxy of live browser contexts: a loopback port that closes every connection it gets, so any request
 * outside the allowlist's bypass rules fails at once (Chromium never falls back to connecting directly).
 * One per process, started on first use and not keeping the process alive.
 */
export function refusingProxy(): Promise<string> {
  started ??= new Promise<string>((resolve, reject) => {
    const server = createServer((socket) => socket.destroy())
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.unref()
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    })
  }).catch((error: unknown) => {
    started = undefined
    throw error
  })
  return started
}
