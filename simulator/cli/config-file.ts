import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { z } from 'zod'
import { ShopsimError } from '../../traces/errors.js'

export const CONFIG_FILE = 'shopsim.config.json'

/**
 * Defaults for command-line flags, by their long names. Only settings that are not secrets: an API key
 * belongs in the environment (SHOPSIM_API_KEY), never in a file someone may commit.
 */
const FlagDefaultsSchema = z
  .object({
    policy: z.enum(['openai', 'heuristic', 'oracle', 'random']),
    model: z.string().min(1),
    'base-url': z.url({ protocol: /^https?$/ }),
    dialect: z.enum(['input', 'type_and_submit']),
    temperature: z.number().min(0).max(2),
    'max-tokens': z.number().int().positive(),
    logprobs: z.number().int().min(0).max(20),
    timeout: z.number().positive(),
    history: z.number().int().nonnegative(),
    'token-budget': z.number().int().positive(),
    image: z.boolean(),
    seed: z.number().int().nonnegative(),
    persona: z.enum(['full', 'none', 'shuffled']),
    concurrency: z.number().int().positive(),
    split: z.enum(['train', 'test']),
    'max-steps': z.number().int().positive(),
    'store-seed': z.number().int().nonnegative(),
    'catalog-size': z.number().int().positive(),
    'browser-ws': z.string().regex(/^wss?:\/\//, 'a ws:// or wss:// endpoint'),
    bootstrap: z.number().int().nonnegative(),
    reward: z.enum(['shop-r1', 'customer-r1', 'exact']),
  })
  .partial()
  .strict()
export type FlagDefaults = z.infer<typeof FlagDefaultsSchema>

export const ShopsimConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** Applied to every command that has the flag. */
    defaults: FlagDefaultsSchema.optional(),
    /** Per command (`predict`, `run`, `rewards serve`, ...), over `defaults`. */
    commands: z.record(z.string(), FlagDefaultsSchema).optional(),
  })
  .strict()
export type ShopsimConfig = z.infer<typeof ShopsimConfigSchema>

/** The JSON Schema published as schema/shopsim.config.schema.json (editors validate and complete with it). */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(ShopsimConfigSchema, { target: 'draft-2020-12' })
}

/**
 * Reads `$SHOPSIM_CONFIG`, else `./shopsim.config.json` when it exists; undefined when neither does. A file
 * that is not valid is an error naming the first problems, not silently ignored.
 */
export function loadConfig(
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): ShopsimConfig | undefined {
  const given = env.SHOPSIM_CONFIG
  const path = resolve(cwd, given ?? CONFIG_FILE)
  if (!existsSync(path)) {
    if (given !== undefined)
      throw new ShopsimError('E_CONFIG', `SHOPSIM_CONFIG names ${path}, which does not exist`)
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ShopsimError('E_CONFIG', `${path} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = ShopsimConfigSchema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    throw new ShopsimError(
      'E_CONFIG',
      `${path} is not a valid shopsim config: ${issues}`,
      'see schema/shopsim.config.schema.json for every key; API keys go in SHOPSIM_API_KEY, not the file',
    )
  }
  return parsed.data
}

/** Flags given on the command line, by long name (`--x`, `--x=v`, `--no-x` are all "given"). */
function givenFlags(argv: readonly string[]): Set<string> {
  const given = new Set<string>()
  for (const token of argv) {
    if (!token.startsWith('--')) continue
    given.add(token.slice(2).split('=')[0] as string)
  }
  return given
}

/**
 * The parsed flag values with the config's defaults filled in for flags the command has and the command line
 * did not give. String options receive strings, as if typed, so each command validates them the same way.
 */
export function applyConfig(
  values: Record<string, unknown>,
  argv: readonly string[],
  commandPath: readonly string[],
  options: Readonly<Record<string, { type: 'string' | 'boolean' }>>,
  config: ShopsimConfig | undefined,
): Record<string, unknown> {
  if (config === undefined) return values
  const defaults = { ...config.defaults, ...config.commands?.[commandPath.join(' ')] }
  const given = givenFlags(argv)
  const merged = { ...values }
  for (const [flag, value] of Object.entries(defaults)) {
    const spec = options[flag]
    if (spec === undefined || given.has(flag) || value === undefined) continue
    merged[flag] = spec.type === 'boolean' ? value === true : String(value)
  }
  return merged
}
