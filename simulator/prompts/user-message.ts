import type { Action, ActionDialect } from '../../traces/schema/index.js'
import { renderAction } from './action-json.js'

export interface HistoryEntry {
  index: number
  url?: string
  action: Action
  rationale?: string
  /** The page the step acted on, when `historyPages` keeps it and the budget has not dropped it. */
  html?: string
}

/** Everything the user message shows; the context budget edits it before it is rendered. */
export interface UserMessageParts {
  persona?: string
  intent?: string
  /** Previous steps left out by the history window. */
  hiddenSteps: number
  history: HistoryEntry[]
  stepIndex: number
  url?: string
  html: string
  screenshot: boolean
}

/**
 * Joins with `+`, not Array.join: V8 keeps `+` results as ropes and copies a 400 KB page only once, when the
 * prompt is serialised, while join copies it on every call (the budget measures the text several times).
 */
function joined(pieces: readonly string[], separator: string): string {
  let text = ''
  for (const [i, piece] of pieces.entries()) text = i === 0 ? piece : text + separator + piece
  return text
}

function section(title: string, body: string): string {
  return `## ${title}\n${body}`
}

function historyEntry(entry: HistoryEntry, dialect: ActionDialect): string {
  const lines = [
    `Step ${entry.index}${entry.url ? ` on ${entry.url}` : ''}`,
    `Action: ${renderAction(entry.action, dialect)}`,
    ...(entry.rationale ? [`Rationale: ${entry.rationale}`] : []),
    ...(entry.html !== undefined ? ['Page at that step:', entry.html] : []),
  ]
  return joined(lines, '\n')
}

function historyBody(parts: UserMessageParts, dialect: ActionDialect): string {
  const hidden =
    parts.hiddenSteps > 0
      ? [`(${parts.hiddenSteps} earlier step${parts.hiddenSteps === 1 ? ' is' : 's are'} not shown)`]
      : []
  if (parts.history.length === 0 && hidden.length === 0) return 'Nothing yet: this is the first step.'
  return joined([...hidden, ...parts.history.map((entry) => historyEntry(entry, dialect))], '\n\n')
}

function currentPage(parts: UserMessageParts): string {
  return joined(
    [
      `This is step ${parts.stepIndex} of the session.`,
      ...(parts.url ? [`URL: ${parts.url}`] : []),
      ...(parts.screenshot ? ['A screenshot of the part of the page on screen is attached.'] : []),
      ...(parts.html === '' ? ['Simplified HTML: (none)'] : ['Simplified HTML:', parts.html]),
    ],
    '\n',
  )
}

/** The user message's text: persona, task, history, current page, then the request. */
export function renderUserText(parts: UserMessageParts, dialect: ActionDialect): string {
  return joined(
    [
      ...(parts.persona ? [section('The shopper', parts.persona)] : []),
      ...(parts.intent ? [section('Their shopping task', parts.intent)] : []),
      section('What they did so far in this session (oldest first)', historyBody(parts, dialect)),
      section('The page they are on now', currentPage(parts)),
      section(
        'Your answer',
        "Predict the shopper's next action on this page, with their rationale, as one JSON object.",
      ),
    ],
    '\n\n',
  )
}
