import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { imageSizeFromHeader } from './image-size.js'

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })

describe('imageSizeFromHeader', () => {
  it('reads the size sharp reports from baseline and progressive JPEGs, with and without EXIF', async () => {
    const images = [
      await solid(1920, 934).jpeg({ quality: 25 }).toBuffer(),
      await solid(37, 1201).jpeg({ progressive: true }).toBuffer(),
      await solid(640, 480).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
    ]
    for (const image of images) {
      const meta = await sharp(image).metadata()
      expect(imageSizeFromHeader(image)).toEqual({ width: meta.width, height: meta.height })
    }
  })

  it('reads PNGs', async () => {
    expect(imageSizeFromHeader(await solid(300, 7).png().toBuffer())).toEqual({ width: 300, height: 7 })
  })

  it('gives undefined for other formats and for cut or broken headers, so the caller asks sharp', async () => {
    const jpeg = await solid(64, 64).jpeg().toBuffer()
    expect(imageSizeFromHeader(await solid(64, 64).webp().toBuffer())).toBeUndefined()
    expect(imageSizeFromHeader(jpeg.subarray(0, 20))).toBeUndefined()
    expect(imageSizeFromHeader(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x00]))).toBeUndefined()
    expect(imageSizeFromHeader(new Uint8Array())).toBeUndefined()
    expect(imageSizeFromHeader(Buffer.from('not an image at all'))).toBeUndefined()
  })
})
