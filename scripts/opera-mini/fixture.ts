import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import {
  type ClickType,
  ClickTypeSchema,
  type CoreAction,
  CoreActionInputSchema,
  type OperaUserRow,
  parseCsv,
} from '../../traces/index.js'

/** One real gold step of `gold-actions-with-model-outputs.jsonl`, reduced to the human-made values. */
export interface GoldStep {
  userId: string
  sessionId: string
  stepIdx: number
  action: CoreAction
  /** The recorded click type (clicks only). */
  clickType?: ClickType
}

/** A purchase record of `products-user-*.json` (real titles and ASINs, used for distractor items). */
export interface PurchasedProduct {
  asin: string
  title: string
  price: string | null
  /** Chosen variations as one-key objects (`[{ Size: 'Medium' }, { Color: 'Black' }]`). */
  options: Record<string, string>[]
}

export interface Fixtures {
  /** The user table rows exactly as the CSV has them. */
  users: OperaUserRow[]
  gold: GoldStep[]
  purchases: PurchasedProduct[]
}

// `completion` (a model's output) and `rationale_gt` (mostly model-written) are deliberately not read.
const GoldLineSchema = z.object({
  user_id: z.string(),
  session_id: z.string(),
  step_idx: z.number().int().nonnegative(),
  action_gt: z.string(),
})

const GoldActionSchema = z.looseObject({ click_type: ClickTypeSchema.optional() })

function readGold(path: string): GoldStep[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed = GoldLineSchema.parse(JSON.parse(line))
      // action_gt is a JSON string inside the JSON line.
      const raw: unknown = JSON.parse(parsed.action_gt)
      const { click_type } = GoldActionSchema.parse(raw)
      const action = CoreActionInputSchema.parse(raw)
      const step: GoldStep = {
        userId: parsed.user_id,
        sessionId: parsed.session_id,
        stepIdx: parsed.step_idx,
        action,
      }
      if (click_type !== undefined) step.clickType = click_type
      return step
    })
}

const PurchasesSchema = z.object({
  purchases: z.array(
    z.object({
      asin: z.string(),
      title: z.string(),
      price: z.string().nullable(),
      options: z.array(z.record(z.string(), z.string())),
    }),
  ),
})

function readUsers(path: string): OperaUserRow[] {
  return parseCsv(readFileSync(path, 'utf8')).map((row) => {
    const userId = row.user_id
    if (!userId) throw new Error(`${path}: a user row has no user_id`)
    return {
      user_id: userId,
      survey: row.survey ?? null,
      raw_survey: row.raw_survey ?? null,
      interview_transcript: row.interview_transcript ?? null,
      interview_transcript_processed: row.interview_transcript_processed ?? null,
    }
  })
}

/** Reads the real OPeRA pieces under `<fixtures>/opera/`. */
export function readFixtures(fixturesDir: string): Fixtures {
  const dir = join(fixturesDir, 'opera')
  const products = PurchasesSchema.parse(
    JSON.parse(readFileSync(join(dir, 'products-user-7f0c8207.json'), 'utf8')),
  )
  return {
    users: readUsers(join(dir, 'user.csv')),
    gold: readGold(join(dir, 'gold-actions-with-model-outputs.jsonl')),
    purchases: products.purchases,
  }
}
