import { z } from 'zod'
import { ClickTypeSchema } from './click-type.js'

export const BoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
export type Box = z.infer<typeof BoxSchema>

export const ViewportSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})
export type Viewport = z.infer<typeof ViewportSchema>

/** One named element of a simplified page, as a browser laid it out. */
export const ElementSchema = z.object({
  name: z.string(),
  tag: z.string(),
  text: z.string(),
  box: BoxSchema.optional(),
  visible: z.boolean(),
  inViewport: z.boolean().optional(),
  clickType: ClickTypeSchema.optional(),
})
export type Element = z.infer<typeof ElementSchema>

/**
 * A screenshot is a reference, never inline bytes: `name` is an image of the dataset's image table,
 * `file` a path relative to the run directory.
 */
export const ScreenshotRefSchema = z.object({
  name: z.string().optional(),
  file: z.string().optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
})
export type ScreenshotRef = z.infer<typeof ScreenshotRefSchema>

/** OPeRA `page_meta`: a metadata name to a list of records. */
export const PageMetaSchema = z.record(z.string(), z.unknown())
export type PageMeta = z.infer<typeof PageMetaSchema>

export const ObservationSchema = z.object({
  url: z.string().optional(),
  /** Simplified HTML inline (in memory) ... */
  html: z.string().optional(),
  /** ... or as a side file relative to the run directory (on disk). */
  htmlFile: z.string().optional(),
  screenshot: ScreenshotRefSchema.optional(),
  pageMeta: PageMetaSchema.optional(),
  viewport: ViewportSchema.optional(),
  elements: z.array(ElementSchema).optional(),
})
export type Observation = z.infer<typeof ObservationSchema>
