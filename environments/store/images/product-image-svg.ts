import type { Department } from '../catalog/catalog.js'
import { colorHex, isLight } from '../catalog/colors.js'
import type { Product } from '../catalog/product.js'
import { GLYPHS } from './glyphs.js'

/** The picture's own size (its SVG coordinates), and what a plain `/images/<asin>.jpg` is served at. */
export const IMAGE_SIZE = 400

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** "Portable Charger" -> "PC": the big letters on the picture. */
function initials(noun: string): string {
  return noun
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0 && /[A-Z0-9]/.test(w[0] ?? ''))
    .slice(0, 3)
    .map((w) => w[0])
    .join('')
}

/**
 * A product picture as SVG: a card in the product's colour (or its department's hue) with the
 * department's pictogram, the product type's initials, the type and the brand. Text needs a font on
 * the machine; without one the card and pictogram still tell products apart. `size` is the width and
 * height it is drawn at, in pixels.
 */
export function productImageSvg(
  product: Product,
  department: Department | undefined,
  color: string | undefined,
  size: number = IMAGE_SIZE,
): string {
  const fill = color === undefined ? `hsl(${department?.hue ?? 200} 55% 46%)` : colorHex(color)
  const ink = color !== undefined && isLight(color) ? '#1d2733' : '#ffffff'
  const glyph = GLYPHS[department?.glyph ?? 'block']
  const noun = escapeXml(product.noun)
  const brand = escapeXml(product.brand)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${IMAGE_SIZE} ${IMAGE_SIZE}">
<rect width="400" height="400" fill="#ffffff"/>
<rect x="30" y="30" width="340" height="340" rx="36" fill="${fill}"/>
<rect x="30" y="30" width="340" height="340" rx="36" fill="none" stroke="rgba(0,0,0,0.12)" stroke-width="3"/>
<g transform="translate(140 60) scale(1.2)" fill="${ink}" color="${ink}" opacity="0.9">${glyph}</g>
<text x="200" y="262" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="bold" font-size="64" fill="${ink}">${escapeXml(initials(product.noun))}</text>
<text x="200" y="310" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="22" fill="${ink}">${noun}</text>
<text x="200" y="345" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="18" fill="${ink}" opacity="0.8">${brand}${color === undefined ? '' : ` · ${escapeXml(color)}`}</text>
</svg>`
}
