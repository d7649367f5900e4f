import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { encodeImage, fitToPixels } from './encode-image.js'

async function png(width: number, height: number): Promise<Buffer> {
  // A gradient, not a flat colour, so the encoders have real content to compress.
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 3
      pixels[offset] = x % 256
      pixels[offset + 1] = y % 256
      pixels[offset + 2] = (x + y) % 256
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer()
}

describe('encodeImage', () => {
  it('scales a large screenshot down to the pixel budget, keeping the aspect ratio', async () => {
    const source = await png(2560, 1600)
    const encoded = await encodeImage(source)
    const decoded = await sharp(encoded.data).metadata()
    expect(encoded.mime).toBe('image/jpeg')
    expect(decoded.format).toBe('jpeg')
    expect([decoded.width, decoded.height]).toEqual([encoded.width, encoded.height])
    expect(decoded.width * decoded.height).toBeLessThanOrEqual(1_003_520)
    expect(decoded.width * decoded.height).toBeGreaterThan(0.99 * 1_003_520)
    expect(Math.abs(decoded.width / decoded.height - 2560 / 1600)).toBeLessThan(0.01)
  })

  it('never scales up, and honours the format and the budget given', async () => {
    const small = await encodeImage(await png(640, 400), { format: 'png' })
    expect([small.width, small.height, small.mime]).toEqual([640, 400, 'image/png'])
    const tight = await encodeImage(await png(1920, 934), { maxPixels: 200_000, format: 'webp', quality: 50 })
    const decoded = await sharp(tight.data).metadata()
    expect(decoded.format).toBe('webp')
    expect(tight.mime).toBe('image/webp')
    expect(decoded.width * decoded.height).toBeLessThanOrEqual(200_000)
    expect([decoded.width, decoded.height]).toEqual([641, 311])
  })

  it('gives the same bytes for the same input and options', async () => {
    const source = await png(1500, 900)
    const first = await encodeImage(source, { maxPixels: 300_000 })
    const second = await encodeImage(source, { maxPixels: 300_000 })
    expect(Buffer.compare(first.data, second.data)).toBe(0)
  })

  it('fits sizes without exceeding the budget', () => {
    expect(fitToPixels(1920, 1080, 1_003_520)).toEqual({ width: 1335, height: 751 })
    expect(fitToPixels(100, 100, 10_000)).toEqual({ width: 100, height: 100 })
    expect(fitToPixels(10_000, 1, 100)).toEqual({ width: 100, height: 1 })
    expect(fitToPixels(1, 10_000, 100)).toEqual({ width: 1, height: 100 })
    expect(fitToPixels(784, 1280, 500_000)).toEqual({ width: 553, height: 903 })
  })
})
