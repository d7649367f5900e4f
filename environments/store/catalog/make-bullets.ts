import type { SeededRandom } from '../../../traces/seeded-random.js'
import type { ProductTypeSpec } from './departments/index.js'

/** "About this item": one bullet per feature, then what is in the box and the warranty. */
export function makeBullets(
  random: SeededRandom,
  type: ProductTypeSpec,
  brand: string,
  specs: readonly string[],
): string[] {
  const plural = /[^s]s$/.test(type.noun)
  const bullets = random
    .sample(type.features, random.int(3, type.features.length))
    .map(([label, detail]) => `${label.toUpperCase()}: ${sentence(detail, plural)}`)
  const what = [specs[0], type.noun].filter(Boolean).join(' ')
  bullets.push(
    `WHAT YOU GET: ${what} from ${brand}, a quick start guide and friendly support from a real person.`,
  )
  if (random.chance(0.6))
    bullets.push(
      `WORRY-FREE PURCHASE: Backed by a ${random.pick(['12-month', '18-month', '2-year'])} warranty; ` +
        'if anything is wrong, write to us and we will make it right.',
    )
  return bullets
}

/** Feature details are verb phrases ("keeps drinks cold"); the ones that start with is/has need a subject. */
function sentence(detail: string, plural: boolean): string {
  const withSubject = detail.replace(/^(is|has) /, (_, verb: string) => {
    if (!plural) return `It ${verb} `
    return verb === 'is' ? 'They are ' : 'They have '
  })
  return `${withSubject.charAt(0).toUpperCase()}${withSubject.slice(1)}.`
}
