import { describe, expect, it } from 'vitest'
import { decodeUtf8 } from './decode-text.js'

describe('decodeUtf8', () => {
  it('decodes exactly as Buffer#toString does', () => {
    const texts = [
      '',
      'plain ascii <a href="/x">link</a>',
      '›Results “quoted” — 4.5 out of 5 stars ★★★★☆ €12,99',
      'ends with non-ascii: 日本語',
      '日本語 starts it',
      'emoji 🛒 and 👩‍👩‍👧 families, surrogate pairs',
      '\uFEFFbyte order mark first',
    ]
    for (const text of texts) expect(decodeUtf8(Buffer.from(text, 'utf8'))).toBe(text)
  })

  it('turns invalid and cut sequences into the same replacement characters as Buffer#toString', () => {
    const broken = [
      Buffer.from([0x61, 0xe2, 0x80, 0x62]), // a cut three-byte sequence between ASCII bytes
      Buffer.from([0xff, 0xfe, 0x41, 0xc0, 0xaf, 0x42]), // bytes never valid in UTF-8, an overlong form
      Buffer.from([0x41, 0xf0, 0x9f, 0x9b]), // a four-byte sequence cut at the end
      Buffer.from([0xed, 0xa0, 0x80, 0x7a]), // an encoded lone surrogate
      Buffer.from([0x80, 0x80, 0x80]), // continuation bytes alone
    ]
    for (const bytes of broken) expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'))
  })

  it('decodes random byte soup identically', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    for (let round = 0; round < 300; round++) {
      const bytes = Buffer.alloc(Math.floor(random() * 200))
      // Mostly ASCII, like a page, with stretches of arbitrary high bytes.
      for (let i = 0; i < bytes.length; i++)
        bytes[i] = random() < 0.7 ? Math.floor(random() * 128) : Math.floor(random() * 256)
      expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'))
    }
  })
})
