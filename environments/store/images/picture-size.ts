/** The sizes (px a side) the store's pages show pictures at; the only sizes the picture route renders. */
export const PICTURE_SIZES = [40, 48, 60, 64, 80, 90, 100, 120, 160, 220, 440] as const

export type PictureSize = (typeof PICTURE_SIZES)[number]

export function isPictureSize(size: number): size is PictureSize {
  return (PICTURE_SIZES as readonly number[]).includes(size)
}
