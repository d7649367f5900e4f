import { DEPARTMENTS, type ProductTypeSpec } from '../../environments/store/catalog/departments/index.js'
import type { Product } from '../../environments/store/catalog/product.js'

const typeSpecs = new Map<string, ProductTypeSpec>(
  DEPARTMENTS.flatMap((department) =>
    department.types.map((type) => [`${department.slug}/${type.noun}`, type]),
  ),
)

/**
 * Every attribute a product of this type can have: its feature labels and spec values. A spec that is also
 * an option value ("4 Quart" as a size) is an option, so a task never names it twice in two ways.
 */
export function attributeVocabulary(department: string, noun: string): string[] {
  const type = typeSpecs.get(`${department}/${noun}`)
  if (!type) return []
  const optionLabels = new Set(
    [...(type.colors ?? []), ...[...(type.sizes ?? []), ...(type.styles ?? [])].map(([label]) => label)].map(
      (label) => label.toLowerCase(),
    ),
  )
  const attributes = [...type.features.map(([label]) => label), ...type.specs.flat()]
  return [...new Set(attributes)].filter((attribute) => !optionLabels.has(attribute.toLowerCase()))
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whole words only: "5000mAh" is not in "15000mAh", "Slim" is not in "Slimline". */
function mentions(text: string, phrase: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}($|[^\\p{L}\\p{N}])`, 'iu').test(text)
}

/**
 * The attributes a shopper can see on the product page: the type's features and specs that its title or
 * "About this item" bullets name. The catalog does not keep them apart, so they are read back from the text.
 */
export function productAttributes(product: Product): string[] {
  const text = [product.title, ...product.bullets].join('\n')
  return attributeVocabulary(product.department, product.noun).filter((attribute) =>
    mentions(text, attribute),
  )
}
