import sharp from 'sharp'
import type { Element, Viewport } from '../../traces/schema/observation.js'
import type { SomMark } from './types.js'

/** Named elements a person could point at on this screen, numbered from 1 in page order. */
export function marksFor(elements: readonly Element[], scrollY: number, viewport: Viewport): SomMark[] {
  const marks: SomMark[] = []
  for (const element of elements) {
    if (!element.visible || !element.inViewport || !element.box) continue
    const { x, y, width, height } = element.box
    // Marks are drawn on the screenshot, so they use viewport coordinates, clipped to the screen.
    const left = Math.max(0, x)
    const top = Math.max(0, y - scrollY)
    const right = Math.min(viewport.width, x + width)
    const bottom = Math.min(viewport.height, y - scrollY + height)
    if (right <= left || bottom <= top) continue
    marks.push({
      id: marks.length + 1,
      name: element.name,
      box: { x: left, y: top, width: right - left, height: bottom - top },
    })
  }
  return marks
}

const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#008080', '#9a6324', '#800000']

function overlaySvg(marks: readonly SomMark[], viewport: Viewport): string {
  const shapes = marks.map((mark) => {
    const colour = PALETTE[mark.id % PALETTE.length] ?? '#e6194b'
    const { x, y, width, height } = mark.box
    const label = String(mark.id)
    const labelWidth = 7 * label.length + 6
    // The number sits just above the box when there is room, inside its top-left corner otherwise.
    const labelY = y >= 14 ? y - 14 : y
    return (
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${height.toFixed(1)}" ` +
      `fill="none" stroke="${colour}" stroke-width="2"/>` +
      `<rect x="${x.toFixed(1)}" y="${labelY.toFixed(1)}" width="${labelWidth}" height="14" fill="${colour}"/>` +
      `<text x="${(x + 3).toFixed(1)}" y="${(labelY + 11).toFixed(1)}" font-family="sans-serif" font-size="11" ` +
      `font-weight="bold" fill="#fff">${label}</text>`
    )
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${viewport.width}" height="${viewport.height}">${shapes.join('')}</svg>`
}

/** Draws the numbered boxes over the screenshot and returns a PNG. */
export async function drawSetOfMarks(
  screenshot: Uint8Array,
  marks: readonly SomMark[],
  viewport: Viewport,
): Promise<Uint8Array> {
  const svg = Buffer.from(overlaySvg(marks, viewport))
  const png = await sharp(screenshot)
    .composite([{ input: svg, left: 0, top: 0 }])
    .png()
    .toBuffer()
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}
