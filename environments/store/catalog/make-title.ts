import type { SeededRandom } from '../../../traces/seeded-random.js'
import type { DepartmentSpec, ProductTypeSpec } from './departments/index.js'

/**
 * Title patterns; placeholders: {brand} {noun} {syn} {spec} {spec2} {f1} {f2} {f3} {use}.
 * Long and comma-heavy on purpose: amazon titles pack brand, specs, features and uses together.
 */
const DEFAULT_TITLES = [
  '{brand} {spec} {noun}, {f1} {syn} with {f2}, {use}',
  '{brand} {noun} {spec} {spec2} - {f1}, {f2} and {f3} {syn} {use}',
  '{brand} {f1} {noun}, {spec} {syn} with {f2} and {f3}, {use}',
  '{noun} by {brand}, {spec2} {f1} {syn} with {f2}, {use}',
]

export interface TitleParts {
  brand: string
  type: ProductTypeSpec
  department: DepartmentSpec
  /** Feature labels in the order the title may use them. */
  features: readonly string[]
  specs: readonly string[]
}

export function makeTitle(random: SeededRandom, parts: TitleParts): string {
  const patterns = parts.type.titles ?? parts.department.titles ?? DEFAULT_TITLES
  const values: Record<string, string> = {
    brand: parts.brand,
    noun: parts.type.noun,
    syn: parts.type.synonyms.length > 0 ? random.pick(parts.type.synonyms) : '',
    spec: parts.specs[0] ?? '',
    spec2: parts.specs[1] ?? '',
    f1: parts.features[0] ?? '',
    f2: parts.features[1] ?? '',
    f3: parts.features[2] ?? '',
    use: random.pick(parts.type.uses),
  }
  const filled = random.pick(patterns).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
  return tidy(filled)
}

/** Removes what empty placeholders leave behind: double spaces, orphan commas, "with ," and the like. */
function tidy(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\s+([,)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\b(with|and|by)\s*(,|-|$)/g, '$2')
    .replace(/,\s*,/g, ',')
    .replace(/-\s*,/g, '-')
    .replace(/\s+-\s*$|,\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
