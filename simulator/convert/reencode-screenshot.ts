import sharp from 'sharp'

export interface ScreenshotEncoding {
  /** JPEG quality 1-100 (OPeRA's screenshots are quality 25). */
  quality?: number
  /** Scale wider screenshots down to this width, keeping the aspect ratio. */
  maxWidth?: number
}

/** A recorded JPEG encoded again smaller; the same bytes and settings give the same output with one libvips. */
export async function reencodeScreenshot(
  bytes: Uint8Array,
  encoding: ScreenshotEncoding,
): Promise<Uint8Array> {
  let image = sharp(bytes)
  if (encoding.maxWidth !== undefined)
    image = image.resize({ width: encoding.maxWidth, withoutEnlargement: true })
  return new Uint8Array(await image.jpeg({ quality: encoding.quality ?? 80, mozjpeg: false }).toBuffer())
}
