import { afterEach, describe, expect, it } from 'vitest'
import { actionAnswer, fixedAnswer } from './answer-rules.js'
import type { FaultKind } from './fault-plan.js'
import {
  type ScriptedServer,
  type ScriptedServerOptions,
  startScriptedServer,
} from './start-scripted-server.js'

const ANSWER = actionAnswer({ type: 'click', name: 'buybox.add_to_cart' }, 'I want it now.')
const servers: ScriptedServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function start(options: Partial<ScriptedServerOptions> = {}): Promise<ScriptedServer> {
  const server = await startScriptedServer({ answer: fixedAnswer(ANSWER), ...options })
  servers.push(server)
  return server
}

const chat = (server: ScriptedServer, body: Record<string, unknown> = {}, init: RequestInit = {}) =>
  fetch(`${server.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-secret-123' },
    body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hello there' }], ...body }),
    ...init,
  })

interface Completion {
  model: string
  choices: {
    message: { content: string }
    finish_reason: string
    logprobs: { content: { token: string; logprob: number; top_logprobs: { token: string }[] }[] } | null
  }[]
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number }
}

describe('startScriptedServer', () => {
  it('answers chat completions in OpenAI shape, with usage, and lists models', async () => {
    const server = await start({ models: ['tiny', 'big'] })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    const res = await chat(server)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Completion
    expect(body.model).toBe('m')
    expect(body.choices[0]?.message.content).toBe(ANSWER)
    expect(body.choices[0]?.finish_reason).toBe('stop')
    expect(body.choices[0]?.logprobs).toBeNull()
    expect(body.usage.prompt_tokens).toBe(2)
    expect(body.usage.completion_tokens).toBeGreaterThan(5)
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens)
    const models = (await (await fetch(`${server.url}/models`)).json()) as { data: { id: string }[] }
    expect(models.data.map((model) => model.id)).toEqual(['tiny', 'big'])
    expect(server.stats).toMatchObject({ requests: 2, chatRequests: 1, completions: 1 })
  })

  it('returns logprobs with k alternatives when asked, the tokens spelling the content', async () => {
    const server = await start()
    const body = (await (await chat(server, { logprobs: true, top_logprobs: 3 })).json()) as Completion
    const tokens = body.choices[0]?.logprobs?.content ?? []
    expect(tokens.map((token) => token.token).join('')).toBe(ANSWER)
    expect(tokens.length).toBe(body.usage.completion_tokens)
    for (const token of tokens) {
      expect(token.logprob).toBeLessThanOrEqual(0)
      expect(token.top_logprobs).toHaveLength(3)
      expect(token.top_logprobs[0]?.token).toBe(token.token)
    }
  })

  it('cuts the answer at max_tokens with finish_reason length', async () => {
    const server = await start()
    const body = (await (await chat(server, { max_tokens: 4 })).json()) as Completion
    expect(body.choices[0]?.finish_reason).toBe('length')
    expect(body.usage.completion_tokens).toBe(4)
    expect(ANSWER.startsWith(body.choices[0]?.message.content ?? 'x')).toBe(true)
  })

  it('rejects response_format types it is told not to support, like OpenAI and vLLM', async () => {
    const server = await start({ supportsJsonSchema: false, supportsJsonObject: true })
    const schema = { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } }
    const rejected = await chat(server, { response_format: schema })
    expect(rejected.status).toBe(400)
    const error = ((await rejected.json()) as { error: { message: string; param: string } }).error
    expect(error.param).toBe('response_format')
    expect(error.message).toContain('json_schema')
    expect((await chat(server, { response_format: { type: 'json_object' } })).status).toBe(200)
    expect(server.stats.outcomes.rejected_response_format).toBe(1)
  })

  it('answers 400 to a body that is not a chat request', async () => {
    const server = await start()
    const res = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: '{"model": 1}' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/model/)
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404)
  })

  it('records bodies and headers with the API key redacted', async () => {
    const server = await start()
    await chat(server)
    const [recorded] = server.requests
    expect(recorded?.headers.authorization).toBe('Bearer [redacted]')
    expect(recorded?.body).toMatchObject({ model: 'm' })
    expect(JSON.stringify(server.requests)).not.toContain('sk-secret-123')
  })
})

describe('scripted faults', () => {
  const scripted = (...script: (FaultKind | null)[]) => start({ faults: { script } })

  it('sends 429 with Retry-After, 500 and 503 in OpenAI error shape, then answers', async () => {
    const server = await start({
      faults: { script: ['rate_limit', 'server_error', 'unavailable'], retryAfter: 7 },
    })
    const limited = await chat(server)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limit_exceeded')
    expect((await chat(server)).status).toBe(500)
    expect((await chat(server)).status).toBe(503)
    expect((await chat(server)).status).toBe(200)
    expect(server.stats.outcomes).toMatchObject({ rate_limit: 1, server_error: 1, unavailable: 1, ok: 1 })
    expect(server.stats.completions).toBe(1)
  })

  it('sends an HTTP date or no Retry-After when told to', async () => {
    const date = new Date(Date.UTC(2030, 0, 1)).toUTCString()
    const dated = await start({ faults: { script: ['rate_limit'], retryAfter: date } })
    expect((await chat(dated)).headers.get('retry-after')).toBe(date)
    const bare = await start({ faults: { script: ['rate_limit'], retryAfter: null } })
    expect((await chat(bare)).headers.get('retry-after')).toBeNull()
  })

  it('sends half a JSON body with status 200 for malformed_json', async () => {
    const server = await scripted('malformed_json')
    const res = await chat(server)
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(() => JSON.parse(text)).toThrow()
    expect(server.stats.completions).toBe(1)
  })

  it('cuts the content with finish_reason length for truncated', async () => {
    const server = await scripted('truncated')
    const body = (await (await chat(server)).json()) as Completion
    expect(body.choices[0]?.finish_reason).toBe('length')
    const content = body.choices[0]?.message.content ?? ''
    expect(content.length).toBeLessThan(ANSWER.length)
    expect(ANSWER.startsWith(content)).toBe(true)
  })

  it('resets the connection for reset', async () => {
    const server = await scripted('reset')
    await expect(chat(server)).rejects.toThrow()
    expect((await chat(server)).status).toBe(200)
  })

  it('never answers a hang until the client gives up, then frees the slot', async () => {
    const server = await scripted('hang')
    const abort = new AbortController()
    const pending = chat(server, {}, { signal: abort.signal })
    await expect.poll(() => server.stats.inFlight).toBe(1)
    abort.abort()
    await expect(pending).rejects.toThrow()
    await expect.poll(() => server.stats.inFlight).toBe(0)
    expect(server.stats.outcomes.hang).toBe(1)
  })

  it('closes promptly with a hanging request open', async () => {
    const server = await scripted('hang')
    const pending = chat(server).catch((error: unknown) => error)
    await expect.poll(() => server.stats.inFlight).toBe(1)
    await server.close()
    expect(await pending).toBeInstanceOf(Error)
  })

  it('draws faults at a rate from the seed: the same seed, the same sequence', async () => {
    const outcomes = async (seed: number) => {
      const server = await start({ seed, faults: { rate: 0.5, kinds: ['server_error', 'unavailable'] } })
      for (let i = 0; i < 40; i++) await chat(server)
      return server.requests.map((request) => request.outcome)
    }
    const first = await outcomes(7)
    expect(await outcomes(7)).toEqual(first)
    expect(await outcomes(8)).not.toEqual(first)
    const faulted = first.filter((outcome) => outcome !== 'ok').length
    expect(faulted).toBeGreaterThan(8)
    expect(faulted).toBeLessThan(32)
  })
})
