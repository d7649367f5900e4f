import { inspect } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { isShopsimError } from '../../../traces/errors.js'
import {
  actionAnswer,
  firstNameAnswer,
  fixedAnswer,
  type ScriptedServer,
  type ScriptedServerOptions,
  startScriptedServer,
} from '../scripted-server/index.js'
import { createOpenAIPolicy, type OpenAIPolicyOptions } from './create-openai-policy.js'
import { decisionContext, pageOnlyRenderer, recordingClock } from './policy-test-kit.js'
import { outputJsonSchema } from './response-mode.js'

const API_KEY = 'sk-test-Zx81-very-secret-key'
const servers: ScriptedServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function serve(options: Partial<ScriptedServerOptions> = {}): Promise<ScriptedServer> {
  const server = await startScriptedServer({ answer: firstNameAnswer(), ...options })
  servers.push(server)
  return server
}

function policyFor(server: ScriptedServer, options: Partial<OpenAIPolicyOptions> = {}) {
  return createOpenAIPolicy({
    baseUrl: server.url,
    apiKey: API_KEY,
    model: 'scripted-model',
    renderPrompt: pageOnlyRenderer,
    clock: recordingClock(),
    ...options,
  })
}

const chatBodies = (server: ScriptedServer) =>
  server.requests
    .filter((request) => request.index >= 0)
    .map((request) => request.body as Record<string, unknown>)

describe('createOpenAIPolicy', () => {
  it('turns an answer into a full Prediction and sends the JSON schema, sampling options and seed', async () => {
    const server = await serve()
    const policy = policyFor(server, { temperature: 0.2, maxTokens: 300 })
    const prediction = await policy.decide(decisionContext({ seed: 42 }))
    expect(prediction).toMatchObject({
      policy: 'openai',
      model: 'scripted-model',
      action: { type: 'click', name: 'nav_bar.search_input' },
      clickType: 'search',
      rationale: 'I click nav_bar.search_input.',
      cut: ['older pages'],
    })
    expect(prediction.formatError).toBeUndefined()
    expect(prediction.latencyMs).toBeGreaterThan(0)
    expect(prediction.tokens?.completion).toBeGreaterThan(0)
    const [body] = chatBodies(server)
    expect(body).toMatchObject({
      model: 'scripted-model',
      temperature: 0.2,
      max_tokens: 300,
      seed: 42,
      response_format: { type: 'json_schema', json_schema: { name: 'next_action', strict: true } },
    })
    expect(body?.logprobs).toBeUndefined()
    expect(policy.responseMode()).toBe('json_schema')
  })

  it('writes the dialect into the schema and reads type_and_submit answers', async () => {
    const answer = actionAnswer({ type: 'type_and_submit', name: 'nav_bar.search_input', text: 'bottle' })
    const server = await serve({ answer: fixedAnswer(answer) })
    const policy = policyFor(server, { dialect: 'type_and_submit' })
    const prediction = await policy.decide(decisionContext())
    expect(prediction.action).toEqual({ type: 'input', name: 'nav_bar.search_input', text: 'bottle' })
    expect(prediction.clickType).toBeUndefined()
    const format = chatBodies(server)[0]?.response_format as
      | { json_schema?: { schema?: unknown } }
      | undefined
    expect(format?.json_schema?.schema).toEqual(outputJsonSchema('type_and_submit'))
    expect(JSON.stringify(format)).toContain('type_and_submit')
  })

  it('returns logprobs with k alternatives when asked', async () => {
    const server = await serve()
    const prediction = await policyFor(server, { topLogprobs: 2 }).decide(decisionContext())
    expect(chatBodies(server)[0]).toMatchObject({ logprobs: true, top_logprobs: 2 })
    const logprobs = prediction.logprobs ?? []
    expect(logprobs.map((entry) => entry.token).join('')).toBe(prediction.raw)
    expect(logprobs.every((entry) => entry.top?.length === 2 && entry.logprob <= 0)).toBe(true)
  })

  it('falls back from json_schema to json_object to prompt-only and remembers it', async () => {
    const server = await serve({ supportsJsonSchema: false, supportsJsonObject: false })
    const policy = policyFor(server)
    expect((await policy.decide(decisionContext())).action?.type).toBe('click')
    expect(policy.responseMode()).toBe('prompt')
    await policy.decide(decisionContext())
    const formats = chatBodies(server).map(
      (body) => (body.response_format as { type?: string })?.type ?? 'none',
    )
    expect(formats).toEqual(['json_schema', 'json_object', 'none', 'none'])
    expect(policy.usage()).toMatchObject({ requests: 4, retries: 0 })
  })

  it('stops at json_object when the server takes it', async () => {
    const server = await serve({ supportsJsonSchema: false })
    const policy = policyFor(server)
    await Promise.all([policy.decide(decisionContext()), policy.decide(decisionContext())])
    await policy.decide(decisionContext())
    expect(policy.responseMode()).toBe('json_object')
    expect(server.stats.outcomes.ok).toBe(3)
    expect(chatBodies(server).at(-1)?.response_format).toEqual({ type: 'json_object' })
  })

  it('records answers that are not the strict format as predictions with a format error', async () => {
    const server = await serve({ answer: fixedAnswer('Sure! I would click the cart button.') })
    const policy = policyFor(server)
    const prediction = await policy.decide(decisionContext())
    expect(prediction).toMatchObject({
      raw: 'Sure! I would click the cart button.',
      formatError: 'not valid JSON',
    })
    expect(prediction.action).toBeUndefined()
    expect(policy.usage().formatErrors).toBe(1)
  })

  it('records a malformed body and a truncated answer as format errors, without retrying', async () => {
    const server = await serve({ faults: { script: ['malformed_json', 'truncated'] } })
    const policy = policyFor(server)
    const malformed = await policy.decide(decisionContext())
    expect(malformed.raw).toBe('')
    expect(malformed.formatError).toMatch(/not JSON/)
    const truncated = await policy.decide(decisionContext())
    expect(truncated.formatError).toMatch(/finish_reason length/)
    expect(truncated.raw.length).toBeGreaterThan(0)
    expect(truncated.tokens?.completion).toBeGreaterThan(0)
    expect(server.stats.chatRequests).toBe(2)
    expect(policy.usage()).toMatchObject({ requests: 2, retries: 0, formatErrors: 2 })
  })

  it('keeps running totals of tokens and requests', async () => {
    const server = await serve()
    const policy = policyFor(server)
    const predictions = await Promise.all([1, 2, 3].map((seed) => policy.decide(decisionContext({ seed }))))
    const sum = (pick: (tokens: { prompt: number; completion: number }) => number) =>
      predictions.reduce(
        (total, prediction) => total + pick(prediction.tokens ?? { prompt: 0, completion: 0 }),
        0,
      )
    expect(policy.usage()).toEqual({
      promptTokens: sum((tokens) => tokens.prompt),
      completionTokens: sum((tokens) => tokens.completion),
      requests: 3,
      retries: 0,
      failures: 0,
      formatErrors: 0,
    })
    expect(policy.usage().promptTokens).toBeGreaterThan(0)
  })

  it('keeps at most `concurrency` requests in flight over all decide() calls', async () => {
    const server = await serve({ latencyMs: 40 })
    const policy = policyFor(server, { concurrency: 3 })
    await Promise.all(Array.from({ length: 12 }, (_, seed) => policy.decide(decisionContext({ seed }))))
    expect(server.stats.completions).toBe(12)
    expect(server.stats.maxInFlight).toBeLessThanOrEqual(3)
    expect(server.stats.maxInFlight).toBeGreaterThanOrEqual(2)
  })

  it('throws E_MODEL_RESPONSE without retrying when the endpoint refuses the request', async () => {
    const server = await serve()
    const policy = createOpenAIPolicy({
      baseUrl: `${server.url}/wrong`,
      apiKey: API_KEY,
      model: 'm',
      renderPrompt: pageOnlyRenderer,
    })
    const error = await policy.decide(decisionContext()).catch((caught: unknown) => caught)
    expect(isShopsimError(error, 'E_MODEL_RESPONSE')).toBe(true)
    expect((error as Error).message).toContain('404')
    expect(policy.usage()).toMatchObject({ requests: 1, retries: 0, failures: 1 })
  })

  it('does not fall back on a 400 that is not about the response format', async () => {
    const server = await serve()
    const policy = policyFor(server, { topLogprobs: 25 })
    const error = await policy.decide(decisionContext()).catch((caught: unknown) => caught)
    expect(isShopsimError(error, 'E_MODEL_RESPONSE')).toBe(true)
    expect((error as Error).message).toMatch(/400 top_logprobs/)
    expect(policy.responseMode()).toBe('json_schema')
    expect(server.stats.chatRequests).toBe(1)
  })

  it('never lets the API key into predictions, errors or the server log', async () => {
    const server = await serve({ faults: { script: [null, 'unavailable', 'unavailable'] } })
    const policy = policyFor(server, { maxAttempts: 2, topLogprobs: 1 })
    const prediction = await policy.decide(decisionContext())
    const error = await policy.decide(decisionContext()).catch((caught: unknown) => caught)
    expect(isShopsimError(error, 'E_MODEL_UNAVAILABLE')).toBe(true)
    const everything = [
      JSON.stringify(prediction),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      inspect(policy, { depth: 10 }),
      JSON.stringify(policy.usage()),
      JSON.stringify(server.requests),
    ].join('\n')
    expect(everything).not.toContain(API_KEY)
    expect(server.requests[0]?.headers.authorization).toBe('Bearer [redacted]')
  })

  it('gives up at once with the caller’s reason when the caller aborts', async () => {
    const server = await serve({ faults: { script: ['hang'] } })
    const policy = policyFor(server, { timeoutMs: 30_000 })
    const controller = new AbortController()
    const pending = policy.decide(decisionContext({ signal: controller.signal }))
    await expect.poll(() => server.stats.inFlight).toBe(1)
    controller.abort(new Error('stopped by the user'))
    await expect(pending).rejects.toThrow('stopped by the user')
    expect(policy.usage().retries).toBe(0)
  })
})
