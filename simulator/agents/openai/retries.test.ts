import { afterEach, describe, expect, it } from 'vitest'
import { isShopsimError } from '../../../traces/errors.js'
import {
  FAULT_KINDS,
  firstNameAnswer,
  RETRYABLE_FAULT_KINDS,
  type ScriptedServer,
  type ScriptedServerOptions,
  startScriptedServer,
} from '../scripted-server/index.js'
import { createOpenAIPolicy, type OpenAIPolicyOptions } from './create-openai-policy.js'
import { decisionContext, pageOnlyRenderer, recordingClock } from './policy-test-kit.js'

const servers: ScriptedServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function serve(options: Partial<ScriptedServerOptions> = {}): Promise<ScriptedServer> {
  const server = await startScriptedServer({ answer: firstNameAnswer(), ...options })
  servers.push(server)
  return server
}

function policyFor(
  server: Pick<ScriptedServer, 'url'>,
  options: Partial<OpenAIPolicyOptions> = {},
  nowMs?: number,
) {
  const clock = recordingClock(nowMs)
  const policy = createOpenAIPolicy({
    baseUrl: server.url,
    model: 'scripted-model',
    renderPrompt: pageOnlyRenderer,
    clock,
    ...options,
  })
  return { policy, clock }
}

describe('retries against faults', () => {
  // A generous timeout: a slow first request answered after the client gave up would count twice.
  it('at a 30% mix of every fault, answers each decide() exactly once', async () => {
    const server = await serve({ seed: 29, faults: { rate: 0.3, kinds: FAULT_KINDS, retryAfter: 2 } })
    const { policy, clock } = policyFor(server, { concurrency: 4, timeoutMs: 2_000, maxAttempts: 12 })
    const calls = 60
    const predictions = await Promise.all(
      Array.from({ length: calls }, (_, seed) => policy.decide(decisionContext({ seed }))),
    )
    const { outcomes } = server.stats
    const retryable = RETRYABLE_FAULT_KINDS.reduce((total, kind) => total + outcomes[kind], 0)
    // Seed 29 draws every kind at least once (one hang) before the 60th answer.
    for (const kind of FAULT_KINDS) expect(outcomes[kind], kind).toBeGreaterThan(0)
    expect(server.stats.completions).toBe(calls)
    expect(outcomes.ok + outcomes.malformed_json + outcomes.truncated).toBe(calls)
    const withFormatError = predictions.filter((prediction) => prediction.formatError !== undefined)
    expect(withFormatError).toHaveLength(outcomes.malformed_json + outcomes.truncated)
    expect(predictions.filter((prediction) => prediction.action?.type === 'click')).toHaveLength(outcomes.ok)
    expect(policy.usage()).toMatchObject({
      requests: server.stats.chatRequests,
      retries: retryable,
      failures: 0,
      formatErrors: withFormatError.length,
    })
    expect(clock.waits).toHaveLength(retryable)
    expect(clock.waits.filter((wait) => wait === 2_000)).toHaveLength(outcomes.rate_limit)
  })

  it('waits as long as Retry-After says, in seconds, capped', async () => {
    const server = await serve({ faults: { script: ['rate_limit', 'rate_limit'], retryAfter: 3 } })
    const { policy, clock } = policyFor(server)
    await policy.decide(decisionContext())
    expect(clock.waits).toEqual([3_000, 3_000])
    const slow = await serve({ faults: { script: ['rate_limit'], retryAfter: 3_600 } })
    const capped = policyFor(slow, { backoff: { maxRetryAfterMs: 10_000 } })
    await capped.policy.decide(decisionContext())
    expect(capped.clock.waits).toEqual([10_000])
  })

  it('reads Retry-After as an HTTP date against the injected clock', async () => {
    const now = Date.UTC(2030, 5, 1, 12, 0, 0)
    const server = await serve({
      faults: { script: ['rate_limit'], retryAfter: new Date(now + 5_000).toUTCString() },
    })
    const { policy, clock } = policyFor(server, {}, now)
    await policy.decide(decisionContext())
    expect(clock.waits).toEqual([5_000])
  })

  it('backs off exponentially with full jitter when there is no Retry-After', async () => {
    const server = await serve({
      faults: { script: ['server_error', 'unavailable', 'rate_limit'], retryAfter: null },
    })
    const { policy, clock } = policyFor(server, { random: () => 0.5, backoff: { baseDelayMs: 100 } })
    await policy.decide(decisionContext())
    expect(clock.waits).toEqual([50, 100, 200])
  })

  it('ends a hang at the timeout and retries', async () => {
    const server = await serve({ faults: { script: ['hang'] } })
    const { policy } = policyFor(server, { timeoutMs: 200 })
    const prediction = await policy.decide(decisionContext())
    expect(prediction.action?.type).toBe('click')
    expect(server.stats.outcomes).toMatchObject({ hang: 1, ok: 1 })
    expect(policy.usage()).toMatchObject({ requests: 2, retries: 1 })
    await expect.poll(() => server.stats.inFlight).toBe(0)
  })

  it('retries a reset connection', async () => {
    const server = await serve({ faults: { script: ['reset', 'reset'] } })
    const { policy } = policyFor(server)
    expect((await policy.decide(decisionContext())).action?.type).toBe('click')
    expect(policy.usage().retries).toBe(2)
  })

  it('throws E_MODEL_UNAVAILABLE after maxAttempts, naming the last failure', async () => {
    const server = await serve({ faults: { rate: 1, kinds: ['unavailable'] } })
    const { policy, clock } = policyFor(server, { maxAttempts: 3 })
    const error = await policy.decide(decisionContext()).catch((caught: unknown) => caught)
    expect(isShopsimError(error, 'E_MODEL_UNAVAILABLE')).toBe(true)
    expect((error as Error).message).toMatch(/after 3 attempts.*503/)
    expect(server.stats.chatRequests).toBe(3)
    expect(clock.waits).toHaveLength(2)
    expect(policy.usage()).toMatchObject({ requests: 3, retries: 2, failures: 1 })
  })

  it('throws E_MODEL_UNAVAILABLE when nothing listens', async () => {
    const server = await serve()
    await server.close()
    const { policy } = policyFor({ url: server.url }, { maxAttempts: 2 })
    const error = await policy.decide(decisionContext()).catch((caught: unknown) => caught)
    expect(isShopsimError(error, 'E_MODEL_UNAVAILABLE')).toBe(true)
    expect((error as Error).message).toContain('connection failed')
  })
})
