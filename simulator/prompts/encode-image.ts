import sharp, { type Sharp } from 'sharp'
import { imageSizeFromHeader } from './image-size.js'
import { resolveImageOptions } from './resolve-options.js'
import type { ImageOptions } from './types.js'

const MIME_OF_FORMAT = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const satisfies Record<
  NonNullable<ImageOptions['format']>,
  string
>

export interface EncodedImage {
  data: Buffer
  mime: string
  width: number
  height: number
}

/** The largest size with the same aspect ratio and at most `maxPixels` pixels; never larger than the source. */
export function fitToPixels(
  width: number,
  height: number,
  maxPixels: number,
): { width: number; height: number } {
  if (width * height <= maxPixels) return { width, height }
  const scale = Math.sqrt(maxPixels / (width * height))
  // The shorter side may clamp to 1 pixel (a very thin image); the longer side then takes what is left.
  const shortSide = Math.max(1, Math.floor(Math.min(width, height) * scale))
  const longSide = Math.min(Math.floor(Math.max(width, height) * scale), Math.floor(maxPixels / shortSide))
  return width >= height ? { width: longSide, height: shortSide } : { width: shortSide, height: longSide }
}

/**
 * Re-encodes a screenshot for a prompt: scaled down to fit `maxPixels` (never up), in the chosen format,
 * metadata stripped. The same bytes and options always give the same output bytes. Bytes sharp cannot
 * read reject with sharp's own error.
 */
export async function encodeImage(bytes: Uint8Array, options: ImageOptions = {}): Promise<EncodedImage> {
  const { maxPixels, format, quality } = resolveImageOptions(options)
  const image = sharp(bytes)
  // Reading the size from the header in place spares a round trip through libuv's pool per image.
  const meta = imageSizeFromHeader(bytes) ?? (await image.metadata())
  const size = fitToPixels(meta.width, meta.height, maxPixels)
  const resized =
    size.width === meta.width && size.height === meta.height
      ? image
      : image.resize({ width: size.width, height: size.height, fit: 'fill' })
  const encoders = {
    jpeg: () => resized.jpeg({ quality }),
    png: () => resized.png(),
    webp: () => resized.webp({ quality }),
  } satisfies Record<typeof format, () => Sharp>
  const { data, info } = await encoders[format]().toBuffer({ resolveWithObject: true })
  return { data, mime: MIME_OF_FORMAT[format], width: info.width, height: info.height }
}
