import { z } from 'zod'
import { ActionSchema } from './action.js'
import { ClickTypeSchema } from './click-type.js'
import { GroundingSchema } from './grounding.js'
import { ObservationSchema } from './observation.js'
import { PredictionSchema } from './prediction.js'
import { ScoreSchema } from './score.js'

/** OPeRA `products`: the items an action involves. `price` is a display string and may be null. */
export const ProductSchema = z.object({
  asin: z.string().optional(),
  title: z.string().optional(),
  price: z.string().nullable().optional(),
  quantity: z.number().optional(),
  options: z.unknown().optional(),
})
export type Product = z.infer<typeof ProductSchema>

/** OPeRA `mouse_position`: client, page and screen coordinates of the pointer. */
export const MousePositionSchema = z.object({
  clientX: z.number().optional(),
  clientY: z.number().optional(),
  pageX: z.number().optional(),
  pageY: z.number().optional(),
  screenX: z.number().optional(),
  screenY: z.number().optional(),
})
export type MousePosition = z.infer<typeof MousePositionSchema>

/** OPeRA `element_meta`, with its twice-encoded `data` decoded once. */
export const ElementMetaSchema = z.object({ name: z.string(), data: z.unknown().optional() })
export type ElementMeta = z.infer<typeof ElementMetaSchema>

export const StepErrorSchema = z.object({ code: z.string(), message: z.string() })
export type StepError = z.infer<typeof StepErrorSchema>

/** One OPeRA action row, parsed, plus what shopsim adds (prediction, score, grounding, errors). */
export const StepSchema = z.object({
  sessionId: z.string(),
  actionId: z.string(),
  /** Position in the session after ordering by timestamp. */
  index: z.number().int().nonnegative(),
  timestamp: z.string().optional(),
  action: ActionSchema,
  /** The recorded click type; for clicks without one it is derived from the name. */
  clickType: ClickTypeSchema.optional(),
  observation: ObservationSchema,
  rationale: z.string().optional(),
  products: z.array(ProductSchema).optional(),
  mousePosition: MousePositionSchema.optional(),
  elementMeta: ElementMetaSchema.optional(),
  /** OPeRA full: the element the browser reported as the event target. */
  target: z.string().optional(),
  /** OPeRA full: the page a navigation or tab switch led to. */
  newPage: z.object({ html: z.string().optional(), screenshot: z.string().optional() }).optional(),
  prediction: PredictionSchema.optional(),
  score: ScoreSchema.optional(),
  grounding: z.object({ gold: GroundingSchema.optional(), predicted: GroundingSchema.optional() }).optional(),
  errors: z.array(StepErrorSchema).default([]),
  /** Live runs: milliseconds spent observing the page, deciding and acting. */
  timings: z
    .object({
      observeMs: z.number().nonnegative(),
      decideMs: z.number().nonnegative(),
      actMs: z.number().nonnegative(),
    })
    .partial()
    .optional(),
})
export type Step = z.infer<typeof StepSchema>
export type StepInput = z.input<typeof StepSchema>
