import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCompletion } from '../../rewards/index.js'
import { fixturePath, goldFixture, PROJECT_ROOT } from '../../tests/fixtures.js'
import { openOperaDataset, parseCsv, personaFromUserRow } from '../../traces/opera/index.js'
import type { Persona, Session } from '../../traces/schema/index.js'
import type { DecisionContext } from '../agents/policy.js'
import { renderAssistantTarget } from './action-json.js'
import { choosePersona } from './choose-persona.js'
import { renderPrompt } from './render-prompt.js'
import { userText } from './test-contexts.js'

/** The real OPeRA user rows and the real gold steps, on the simplified pages of data/opera-mini. */
const personas: Persona[] = parseCsv(readFileSync(fixturePath('opera', 'user.csv'), 'utf8')).map(
  (row) => personaFromUserRow({ ...row, user_id: row.user_id ?? '' }).persona,
)
const gold = goldFixture()

async function miniSessions(): Promise<Session[]> {
  const dataset = await openOperaDataset(join(PROJECT_ROOT, 'data', 'opera-mini'))
  const sessions: Session[] = []
  for await (const session of dataset.sessions()) sessions.push(session)
  return sessions
}

function contextAt(session: Session, index: number, persona: Persona | undefined): DecisionContext {
  const step = session.steps[index]
  if (!step) throw new Error(`no step ${index}`)
  return {
    sessionId: session.id,
    stepIndex: index,
    ...(persona ? { persona } : {}),
    personaMode: 'full',
    history: session.steps.slice(0, index),
    observation: step.observation,
    seed: index,
  }
}

describe('prompts for real OPeRA steps', () => {
  it('show the real persona, the history and the real page holding the gold target', async () => {
    const sessions = await miniSessions()
    expect(gold).toHaveLength(15)
    for (const line of gold) {
      const session = sessions.find((s) => s.id === line.session_id)
      if (!session) throw new Error(`session ${line.session_id} is not in opera-mini`)
      const own = personas.find((p) => p.userId === line.user_id)
      const context = contextAt(session, line.step_idx, own)
      const prompt = await renderPrompt(context, { dialect: 'type_and_submit' })
      expect(prompt.cut).toEqual([])
      const text = userText(prompt.messages)
      expect(text).toContain('- City: Blacksburg')
      expect(text).toContain('- MBTI type: INFJ')
      expect(text).toContain(`Simplified HTML:\n${session.steps[line.step_idx]?.observation.html}`)
      expect(text.match(/^Step \d+ on https:\/\/www\.amazon\.com\//gm) ?? []).toHaveLength(line.step_idx)
      const page = text.slice(text.indexOf('## The page they are on now'))
      if (line.action_gt.name) expect(page).toContain(`name="${line.action_gt.name}"`)

      const target = renderAssistantTarget(
        {
          rationale: line.rationale_gt,
          action: session.steps[line.step_idx]?.action ?? { type: 'terminate' },
        },
        'type_and_submit',
      )
      const parsed = parseCompletion(target, 'strict')
      expect(parsed.ok && parsed.action).toEqual({
        type: line.action_gt.type === 'type_and_submit' ? 'input' : line.action_gt.type,
        ...(line.action_gt.name ? { name: line.action_gt.name } : {}),
        ...(line.action_gt.text ? { text: line.action_gt.text } : {}),
      })
    }
  })

  it('puts the other real user in the prompt for a shuffled persona', async () => {
    const [session] = await miniSessions()
    if (!session) throw new Error('opera-mini is empty')
    const own = personas.find((p) => p.userId === session.userId)
    const other = choosePersona('shuffled', own, personas, 11)
    expect(other?.userId).not.toBe(session.userId)
    const prompt = await renderPrompt({ ...contextAt(session, 2, other), personaMode: 'shuffled' })
    const text = userText(prompt.messages)
    expect(text).toContain('- City: Boston')
    expect(text).not.toContain('Blacksburg')
  })

  it('truncates a real page to a small budget and keeps every earlier action', async () => {
    const [session] = await miniSessions()
    if (!session) throw new Error('opera-mini is empty')
    const own = personas.find((p) => p.userId === session.userId)
    const context = contextAt(session, 10, own)
    const withoutPages = await renderPrompt(context)
    const budget = withoutPages.estimatedTokens - 500
    const tight = await renderPrompt(context, { historyPages: 10, tokenBudget: budget })
    expect(tight.cut.filter((c) => c.startsWith('history step'))).toHaveLength(10)
    expect(tight.cut.at(-1)).toMatch(/^current page: truncated/)
    expect(tight.estimatedTokens).toBeLessThanOrEqual(budget)
    const text = userText(tight.messages)
    for (const step of session.steps.slice(0, 10)) expect(text).toContain(JSON.stringify(step.action))
    expect(text).toContain('<html><head></head><body><div name="nav_bar"')
  })
})
