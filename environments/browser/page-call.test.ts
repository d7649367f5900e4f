import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from './launch.js'
import { pageCall } from './page-call.js'

// What tsx/esbuild with keepNames makes of a named inner function; only the wrapper gives the page one.
declare const __name: <T>(fn: T, name: string) => T

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('pageCall', () => {
  it('runs a function in the page with its input, even when its text calls __name as tsx emits it', async () => {
    const page = await browser.newPage()
    try {
      const inPage = (input: { word: string; times: number }) => {
        const repeat = __name((word: string) => word.repeat(input.times), 'repeat')
        return `${repeat(input.word)} ${typeof document}`
      }
      // Sent bare, the same text fails in the page: this is what the wrapper is for.
      await expect(page.evaluate(inPage, { word: 'ab', times: 2 })).rejects.toThrow(/__name is not defined/)
      expect(await page.evaluate(pageCall(inPage, { word: 'ab', times: 3 }))).toBe('ababab object')
    } finally {
      await page.close()
    }
  })

  it('passes helpers as functions merged into the input, and input strings verbatim', async () => {
    const page = await browser.newPage()
    try {
      const inPage = (input: { text: string; shout: (text: string) => string }) => input.shout(input.text)
      const text = ['quotes " \' ` and </script> $', '{x}'].join('')
      const result = await page.evaluate(
        pageCall(inPage, { text }, { shout: (value: string) => value.toUpperCase() }),
      )
      expect(result).toBe(text.toUpperCase())
    } finally {
      await page.close()
    }
  })
})
