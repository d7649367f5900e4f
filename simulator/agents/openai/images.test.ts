import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { fitToPixels } from '../../prompts/index.js'
import {
  actionAnswer,
  oracleAnswer,
  oracleMarker,
  type ScriptedServer,
  startScriptedServer,
} from '../scripted-server/index.js'
import { createOpenAIPolicy } from './create-openai-policy.js'
import { decisionContext, PAGE_HTML, recordingClock } from './policy-test-kit.js'

const servers: ScriptedServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

const GOLD = actionAnswer({ type: 'click', name: 'buybox.add_to_cart' }, 'It is the one I want.')

async function serve(): Promise<ScriptedServer> {
  const server = await startScriptedServer({ answer: oracleAnswer() })
  servers.push(server)
  return server
}

async function screenshot(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .png()
    .toBuffer()
}

function imageUrls(server: ScriptedServer): string[] {
  const body = server.requests.find((request) => request.index >= 0)?.body as {
    messages: { content: string | { type: string; image_url?: { url: string } }[] }[]
  }
  return body.messages.flatMap((message) =>
    Array.isArray(message.content)
      ? message.content.flatMap((part) => (part.image_url ? [part.image_url.url] : []))
      : [],
  )
}

describe('the openai policy with the real prompt renderer', () => {
  it('sends the screenshot as a data URL resized to the max-pixels budget', async () => {
    const server = await serve()
    const policy = createOpenAIPolicy({
      baseUrl: server.url,
      model: 'vision-model',
      image: { maxPixels: 120_000, format: 'png' },
      clock: recordingClock(),
    })
    const context = decisionContext({
      screenshot: await screenshot(1280, 800),
      observation: { html: `${PAGE_HTML}${oracleMarker(GOLD)}` },
    })
    const prediction = await policy.decide(context)
    expect(prediction.action).toEqual({ type: 'click', name: 'buybox.add_to_cart' })
    expect(prediction.clickType).toBe('purchase')
    const [url, ...others] = imageUrls(server)
    expect(others).toEqual([])
    const match = /^data:image\/png;base64,(.+)$/.exec(url ?? '')
    expect(match).not.toBeNull()
    const meta = await sharp(Buffer.from(match?.[1] ?? '', 'base64')).metadata()
    const expected = fitToPixels(1280, 800, 120_000)
    expect({ width: meta.width, height: meta.height }).toEqual(expected)
    expect(meta.width * meta.height).toBeLessThanOrEqual(120_000)
  })

  it('sends no image when text-only, even with a screenshot in the context', async () => {
    const server = await serve()
    const policy = createOpenAIPolicy({ baseUrl: server.url, model: 'text-model', clock: recordingClock() })
    const context = decisionContext({
      screenshot: await screenshot(64, 64),
      observation: { html: `${PAGE_HTML}${oracleMarker(GOLD)}` },
    })
    expect((await policy.decide(context)).rationale).toBe('It is the one I want.')
    expect(imageUrls(server)).toEqual([])
  })
})
