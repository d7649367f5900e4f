import type { ActionDialect, Step } from '../../traces/schema/index.js'
import type { DecisionContext } from '../agents/policy.js'
import { fitToBudget } from './context-budget.js'
import { type EncodedImage, encodeImage } from './encode-image.js'
import { estimateImageTokens, estimateTokens, TOKENS_PER_MESSAGE } from './estimate-tokens.js'
import { renderPersona } from './render-persona.js'
import { resolvePromptOptions } from './resolve-options.js'
import { systemPrompt } from './system-prompt.js'
import type { ChatMessage, PromptOptions, RenderedPrompt } from './types.js'
import { type HistoryEntry, renderUserText, type UserMessageParts } from './user-message.js'

function historyEntries(history: readonly Step[], window: number | undefined, pages: number): HistoryEntry[] {
  const shown = window === undefined ? history : history.slice(Math.max(0, history.length - window))
  return shown.map((step, i) => {
    const html = i >= shown.length - pages ? step.observation.html : undefined
    return {
      index: step.index,
      action: step.action,
      ...(step.observation.url ? { url: step.observation.url } : {}),
      ...(step.rationale ? { rationale: step.rationale } : {}),
      ...(html !== undefined ? { html } : {}),
    }
  })
}

function userParts(
  context: DecisionContext,
  window: number | undefined,
  pages: number,
  screenshot: boolean,
): UserMessageParts {
  const persona =
    context.persona && context.personaMode !== 'none' ? renderPersona(context.persona) : undefined
  const history = historyEntries(context.history, window, pages)
  return {
    // The structured intent fields (query, attributes, price limit) are the heuristic's and the grader's
    // targets; a model gets the instruction in words, as WebShop shows it.
    ...(persona ? { persona } : {}),
    ...(context.intent ? { intent: context.intent.instruction } : {}),
    hiddenSteps: context.history.length - history.length,
    history,
    stepIndex: context.stepIndex,
    ...(context.observation.url ? { url: context.observation.url } : {}),
    html: context.observation.html ?? '',
    screenshot,
  }
}

function buildMessages(
  system: string,
  parts: UserMessageParts,
  dialect: ActionDialect,
  image: EncodedImage | undefined,
): ChatMessage[] {
  const text = renderUserText(parts, dialect)
  const content: ChatMessage['content'] = image
    ? [
        { type: 'text', text },
        {
          type: 'image_url',
          image_url: { url: `data:${image.mime};base64,${image.data.toString('base64')}` },
        },
      ]
    : text
  return [
    { role: 'system', content: system },
    { role: 'user', content },
  ]
}

/**
 * The chat prompt for one decision: our system prompt, then one user message with the persona, the task,
 * the history and the current page (and the screenshot when asked for). When the estimate exceeds the token
 * budget, `fitToBudget` cuts and `cut` says what. Pure apart from encoding the image: the same context and
 * options give byte-identical messages.
 */
export async function renderPrompt(
  context: DecisionContext,
  options: PromptOptions = {},
): Promise<RenderedPrompt> {
  const resolved = resolvePromptOptions(options)
  const image =
    resolved.image && context.screenshot ? await encodeImage(context.screenshot, resolved.image) : undefined
  const system = systemPrompt(resolved.dialect)
  // Text is estimated without rendering the data URL: the image is counted by its pixels instead.
  const fixedTokens =
    2 * TOKENS_PER_MESSAGE +
    estimateTokens(system) +
    (image ? estimateImageTokens(image.width, image.height) : 0)
  const measure = (parts: UserMessageParts) =>
    fixedTokens + estimateTokens(renderUserText(parts, resolved.dialect))

  const { parts, cut } = fitToBudget({
    parts: userParts(context, resolved.historyWindow, resolved.historyPages, image !== undefined),
    elements: context.observation.elements,
    tokenBudget: resolved.tokenBudget,
    measure,
  })
  return {
    messages: buildMessages(system, parts, resolved.dialect, image),
    cut,
    estimatedTokens: measure(parts),
    ...(image
      ? { image: { width: image.width, height: image.height, bytes: image.data.length, mime: image.mime } }
      : {}),
  }
}
