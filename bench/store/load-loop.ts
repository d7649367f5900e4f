import { Agent, request } from 'node:http'

export interface LoadResult {
  requests: number
  errors: number
  /** First few error descriptions, for the report. */
  errorSamples: string[]
  seconds: number
  /** Milliseconds per request, in completion order. */
  latencies: number[]
  bytes: number
}

interface Answer {
  status: number
  bytes: number
  setCookie?: string
  error?: string
}

/** One GET over a keep-alive agent: resolves with the status and body size, never rejects. */
function get(agent: Agent, url: string, cookie: string | undefined): Promise<Answer> {
  return new Promise((resolve) => {
    const headers = cookie === undefined ? {} : { cookie }
    const req = request(url, { agent, headers }, (response) => {
      const setCookie = response.headers['set-cookie']?.[0]?.split(';')[0]
      let bytes = 0
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length
      })
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, bytes, ...(setCookie ? { setCookie } : {}) }),
      )
      response.on('error', (error) => resolve({ status: 0, bytes, error: error.message }))
    })
    req.on('error', (error) => resolve({ status: 0, bytes: 0, error: error.message }))
    req.end()
  })
}

/**
 * `clients` loops, each sending its next request as soon as the previous answer is read, for
 * `seconds`. Each loop keeps the cookie it is given, as a shopper's browser would. Any answer but
 * 200, and any network error, counts as an error.
 */
export async function runLoad(options: {
  clients: number
  seconds: number
  nextUrl: () => string
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients })
  const latencies: number[] = []
  const errorSamples: string[] = []
  let errors = 0
  let bytes = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const loop = async () => {
    let cookie: string | undefined
    while (performance.now() < deadline) {
      const url = options.nextUrl()
      const t0 = performance.now()
      const result = await get(agent, url, cookie)
      cookie = result.setCookie ?? cookie
      latencies.push(performance.now() - t0)
      bytes += result.bytes
      if (result.status !== 200) {
        errors++
        if (errorSamples.length < 5) errorSamples.push(`${url}: ${result.error ?? `HTTP ${result.status}`}`)
      }
    }
  }
  await Promise.all(Array.from({ length: options.clients }, loop))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { requests: latencies.length, errors, errorSamples, seconds, latencies, bytes }
}
