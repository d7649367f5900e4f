import type { ScriptedRequest } from './chat-request.js'
import type { ScriptedAnswer } from './completion-body.js'

/** Decides the server's answer to one request that gets one (faulted and rejected requests do not). */
export type AnswerRule = (request: ScriptedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>

/** The strict output format `{rationale, action}` as a model should write it. */
export function actionAnswer(action: Record<string, unknown>, rationale = 'Scripted answer.'): string {
  return JSON.stringify({ rationale, action })
}

/** Always the same answer. */
export function fixedAnswer(answer: ScriptedAnswer): AnswerRule {
  return () => answer
}

/** The answers in order, one per answered request, starting over after the last. */
export function scriptedAnswers(answers: readonly ScriptedAnswer[]): AnswerRule {
  if (answers.length === 0) throw new Error('scriptedAnswers needs at least one answer')
  let next = 0
  return () => answers[next++ % answers.length] as ScriptedAnswer
}

const NAME_ATTRIBUTE = /\bname="([^"]+)"/

/** Clicks the first `name="..."` of the last user message (the first element of the page); terminates if none. */
export function firstNameAnswer(): AnswerRule {
  return (request) => {
    const name = NAME_ATTRIBUTE.exec(request.lastUserText)?.[1]
    return name
      ? actionAnswer({ type: 'click', name }, `I click ${name}.`)
      : actionAnswer({ type: 'terminate' }, 'Nothing to click.')
  }
}

const ORACLE_PATTERN = /<!-- shopsim-oracle:([A-Za-z0-9+/=]+) -->/

/** Text a test embeds in a prompt (page HTML, persona) so `oracleAnswer()` answers with `answer`. */
export function oracleMarker(answer: string): string {
  return `<!-- shopsim-oracle:${Buffer.from(answer, 'utf8').toString('base64')} -->`
}

/** Answers with the text of the last oracle marker in any message; `fallback` when there is none. */
export function oracleAnswer(fallback: AnswerRule = firstNameAnswer()): AnswerRule {
  return (request) => {
    const matches = [...request.allText.matchAll(new RegExp(ORACLE_PATTERN, 'g'))]
    const encoded = matches.at(-1)?.[1]
    return encoded === undefined ? fallback(request) : Buffer.from(encoded, 'base64').toString('utf8')
  }
}
