import { type Action, canonicalActionType } from '../schema/action.js'
import { type ClickType, ClickTypeSchema, classifyClick } from '../schema/click-type.js'
import { PageMetaSchema, type Viewport, ViewportSchema } from '../schema/observation.js'
import {
  type ElementMeta,
  type MousePosition,
  MousePositionSchema,
  type Product,
  ProductSchema,
  type Step,
} from '../schema/step.js'
import type { ActionColumn, ActionRow } from './columns.js'
import type { LoadIssueCode } from './load-report.js'
import { presentString } from './missing.js'

export interface RowProblem {
  code: LoadIssueCode
  column?: ActionColumn
  message: string
}

/** A converted row before its session is complete; `index` is assigned once the session is sorted. */
export type RowStep = Omit<Step, 'index'>

export type RowConversion =
  | { kind: 'step'; step: RowStep; problems: RowProblem[]; imageName?: string }
  | { kind: 'skipped'; problems: RowProblem[] }

const NAVIGATION_TYPES: Record<
  string,
  NonNullable<Extract<Action, { type: 'navigation' }>['navigationType']>
> = {
  back: 'back',
  back_forward: 'back',
  forward: 'forward',
  reload: 'reload',
  'new page': 'new_page',
  new_page: 'new_page',
  link: 'new_page',
  typed: 'new_page',
}

/** A safe image name is a bare file name: no folders, no parent references, no control characters. */
export function isSafeImageName(name: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what we refuse
  return !/[/\\\u0000-\u001f]/.test(name) && name !== '.' && name !== '..' && !name.startsWith('..')
}

class RowReader {
  readonly problems: RowProblem[] = []
  constructor(private readonly row: ActionRow) {}

  text(column: ActionColumn): string | undefined {
    return presentString(this.row[column])
  }

  json(column: ActionColumn): unknown {
    const raw = this.text(column)
    if (raw === undefined) return undefined
    try {
      return JSON.parse(raw)
    } catch {
      this.problems.push({ code: 'json_invalid', column, message: `${column} is not valid JSON` })
      return undefined
    }
  }

  parsed<T>(
    column: ActionColumn,
    parse: (value: unknown) => { success: true; data: T } | { success: false },
  ): T | undefined {
    const value = this.json(column)
    if (value === undefined) return undefined
    const result = parse(value)
    if (result.success) return result.data
    this.problems.push({ code: 'field_invalid', column, message: `${column} does not have the OPeRA shape` })
    return undefined
  }
}

function numberOf(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : Number.NaN
  return Number.isFinite(n) ? n : undefined
}

function definedOnly<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T
}

function viewportOf(value: unknown): Viewport | undefined {
  if (value === null || typeof value !== 'object') return undefined
  const { width, height } = value as Record<string, unknown>
  const parsed = ViewportSchema.safeParse({ width: numberOf(width), height: numberOf(height) })
  return parsed.success ? parsed.data : undefined
}

function elementMetaOf(reader: RowReader): ElementMeta | undefined {
  const value = reader.json('element_meta')
  if (value === undefined) return undefined
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    reader.problems.push({
      code: 'field_invalid',
      column: 'element_meta',
      message: 'element_meta is not an object',
    })
    return undefined
  }
  const { name, data } = value as { name?: unknown; data?: unknown }
  const metaName = typeof name === 'string' ? name : ''
  // `data` is JSON encoded a second time inside the JSON; "" is OPeRA's empty form.
  if (typeof data !== 'string' || data === '') {
    if (metaName === '' && (data === undefined || data === '')) return undefined
    return data === undefined || data === '' ? { name: metaName } : { name: metaName, data }
  }
  try {
    return { name: metaName, data: JSON.parse(data) }
  } catch {
    reader.problems.push({
      code: 'json_invalid',
      column: 'element_meta',
      message: 'element_meta.data is not valid JSON',
    })
    return { name: metaName }
  }
}

/** How each action type reads its fields from a row; the compiler checks every type has one. */
const ACTION_READERS = {
  click: (_reader, name) => ({ type: 'click', name }),
  input: (reader, name) => ({ type: 'input', name, text: reader.text('input_text') ?? '' }),
  terminate: () => ({ type: 'terminate' }),
  tab_activate: () => ({ type: 'tab_activate' }),
  scroll: (reader) => {
    const detail = reader.json('scroll_detail') as Record<string, unknown> | undefined
    if (detail === undefined || detail === null || typeof detail !== 'object') return { type: 'scroll' }
    return {
      type: 'scroll',
      detail: definedOnly({
        top: numberOf(detail.scroll_current_top),
        left: numberOf(detail.scroll_current_left),
        dx: numberOf(detail.scroll_distance_x),
        dy: numberOf(detail.scroll_distance_y),
      }),
    }
  },
  navigation: (reader) => {
    const raw = reader.text('navigation_type')
    const navigationType = raw === undefined ? undefined : (NAVIGATION_TYPES[raw.toLowerCase()] ?? 'other')
    return navigationType === undefined ? { type: 'navigation' } : { type: 'navigation', navigationType }
  },
} satisfies Record<Action['type'], (reader: RowReader, name: string) => Action>

/** Converts one stored action row into a Step (without its index), reporting every problem met. */
export function rowToStep(row: ActionRow): RowConversion {
  const reader = new RowReader(row)
  const sessionId = reader.text('session_id')
  if (sessionId === undefined) {
    return {
      kind: 'skipped',
      problems: [{ code: 'session_id_missing', column: 'session_id', message: 'row has no session_id' }],
    }
  }
  const rawType = reader.text('action_type')
  const type = rawType === undefined ? undefined : canonicalActionType(rawType)
  if (type === undefined) {
    return {
      kind: 'skipped',
      problems: [
        {
          code: 'action_type_unknown',
          column: 'action_type',
          message: `action_type ${JSON.stringify(rawType ?? null)} is not an OPeRA action type`,
        },
      ],
    }
  }
  const name = reader.text('semantic_id') ?? ''
  if ((type === 'click' || type === 'input') && name === '') {
    reader.problems.push({
      code: 'semantic_id_missing',
      column: 'semantic_id',
      message: `${type} row has no semantic_id`,
    })
  }
  const timestamp = reader.text('timestamp')
  if (timestamp !== undefined && Number.isNaN(Date.parse(timestamp))) {
    reader.problems.push({
      code: 'timestamp_invalid',
      column: 'timestamp',
      message: `timestamp ${JSON.stringify(timestamp)} does not parse`,
    })
  }

  let clickType: ClickType | undefined
  if (type === 'click') {
    const recorded = reader.text('click_type')
    const parsed = recorded === undefined ? undefined : ClickTypeSchema.safeParse(recorded)
    if (parsed && !parsed.success) {
      reader.problems.push({
        code: 'field_invalid',
        column: 'click_type',
        message: `click_type ${JSON.stringify(recorded)} is not one of the 13 OPeRA click types; derived from the name`,
      })
    }
    clickType = parsed?.success ? parsed.data : classifyClick(name)
  }

  const imageName = reader.text('image')
  let screenshotName: string | undefined
  if (imageName !== undefined) {
    if (isSafeImageName(imageName)) screenshotName = imageName
    else
      reader.problems.push({
        code: 'image_name_unsafe',
        column: 'image',
        message: `image name ${JSON.stringify(imageName)} is a path; not resolved`,
      })
  }

  const products = reader.parsed('products', (v) => ProductSchema.array().safeParse(v)) as
    | Product[]
    | undefined
  const mouse = reader.parsed('mouse_position', (v) => MousePositionSchema.safeParse(v)) as
    | MousePosition
    | undefined
  const newPageHtml = reader.text('simplified_html_new_page')
  const newPageImage = reader.text('image_new_page')

  const step: RowStep = definedOnly({
    sessionId,
    actionId: reader.text('action_id') ?? '',
    timestamp,
    action: ACTION_READERS[type](reader, name),
    clickType,
    observation: definedOnly({
      url: reader.text('url'),
      html: reader.text('simplified_html'),
      screenshot: screenshotName === undefined ? undefined : { name: screenshotName },
      pageMeta: reader.parsed('page_meta', (v) => PageMetaSchema.safeParse(v)),
      viewport: viewportOf(reader.json('window_size')),
    }),
    rationale: reader.text('rationale'),
    products,
    mousePosition: mouse,
    elementMeta: elementMetaOf(reader),
    target: reader.text('target'),
    newPage:
      newPageHtml === undefined && newPageImage === undefined
        ? undefined
        : definedOnly({ html: newPageHtml, screenshot: newPageImage }),
    errors: [],
  })
  return {
    kind: 'step',
    step,
    problems: reader.problems,
    ...(screenshotName === undefined ? {} : { imageName: screenshotName }),
  }
}
