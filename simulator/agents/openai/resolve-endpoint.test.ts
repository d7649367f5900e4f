import { describe, expect, it } from 'vitest'
import { isShopsimError } from '../../../traces/errors.js'
import { DEFAULT_BASE_URL, resolveEndpoint } from './resolve-endpoint.js'

describe('resolveEndpoint', () => {
  it('takes flags over the environment over the config, SHOPSIM_* over OPENAI_*', () => {
    const env = {
      SHOPSIM_BASE_URL: 'http://127.0.0.1:8000/v1',
      OPENAI_BASE_URL: 'http://ignored/v1',
      OPENAI_API_KEY: 'env-key',
      SHOPSIM_MODEL: 'env-model',
    }
    const config = { baseUrl: 'http://config/v1', apiKey: 'config-key', model: 'config-model' }
    expect(resolveEndpoint({ env, config })).toEqual({
      baseUrl: 'http://127.0.0.1:8000/v1',
      apiKey: 'env-key',
      model: 'env-model',
    })
    expect(
      resolveEndpoint({ flags: { model: 'flag-model', apiKey: 'flag-key' }, env, config }),
    ).toMatchObject({
      apiKey: 'flag-key',
      model: 'flag-model',
    })
    expect(resolveEndpoint({ env: { SHOPSIM_API_KEY: 'a', OPENAI_API_KEY: 'b' }, config })).toMatchObject({
      apiKey: 'a',
      baseUrl: 'http://config/v1',
    })
  })

  it("defaults to OpenAI's URL and no key, and ignores blank values", () => {
    expect(
      resolveEndpoint({ flags: { model: 'gpt-4o-mini', baseUrl: ' ' }, env: { OPENAI_API_KEY: '' } }),
    ).toEqual({
      baseUrl: DEFAULT_BASE_URL,
      model: 'gpt-4o-mini',
    })
  })

  it('fails with E_MODEL_CONFIG without a model or with a URL that is not http(s)', () => {
    const attempt = (sources: Parameters<typeof resolveEndpoint>[0]) => {
      try {
        resolveEndpoint(sources)
        return undefined
      } catch (error) {
        return error
      }
    }
    const noModel = attempt({ env: { OPENAI_API_KEY: 'k' } })
    expect(isShopsimError(noModel, 'E_MODEL_CONFIG')).toBe(true)
    expect((noModel as { hint: string }).hint).toContain('--model')
    expect(
      isShopsimError(attempt({ flags: { model: 'm', baseUrl: 'localhost:8000' } }), 'E_MODEL_CONFIG'),
    ).toBe(true)
    const withPassword = attempt({ flags: { model: 'm', baseUrl: 'ftp://user:hunter2@host/v1' } })
    expect((withPassword as Error).message).not.toContain('hunter2')
  })
})
