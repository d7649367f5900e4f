import type { ConvertedSession } from '../../simulator/convert/index.js'
import { SYNTHETIC_USER_PREFIX } from '../../simulator/personas/index.js'
import type { WriteSummary } from '../../traces/opera/index.js'
import type { Persona } from '../../traces/schema/index.js'
import { SAMPLE } from './settings.js'

const short = (userId: string): string =>
  userId.startsWith(SYNTHETIC_USER_PREFIX) ? `${userId.slice(0, 18)}...` : `${userId.slice(0, 8)}...`

const cell = (text: string, max: number): string =>
  (text.length > max ? `${text.slice(0, max - 3)}...` : text).replaceAll('|', '\\|')

function personaTable(personas: readonly Persona[], sessions: readonly ConvertedSession[]): string {
  const rows = personas.map((persona) => {
    const real = !persona.userId.startsWith(SYNTHETIC_USER_PREFIX)
    const own = sessions.filter((s) => s.userId === persona.userId)
    const actions = own.reduce((n, s) => n + s.actions, 0)
    return `| \`${short(persona.userId)}\` | ${real ? 'real OPeRA user' : 'synthetic'} | ${own.length} | ${actions} | ${cell(persona.selfDescription ?? '', 110)} |`
  })
  return [
    '| user | persona | sessions | actions | self-description |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

function sessionTable(sessions: readonly ConvertedSession[]): string {
  const rows = sessions.map((s) => {
    const reward = s.taskResult === undefined ? '' : s.taskResult.reward.toFixed(2)
    return `| ${s.runSessionId} | \`${short(s.userId)}\` | ${s.task?.variant ?? ''} | ${cell(s.task?.intent.instruction ?? '', 70)} | ${s.outcome} | ${s.actions} | ${reward} |`
  })
  return [
    '| run session | user | task | instruction | outcome | actions | task reward |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

function endings(purchases: number, closed: number, total: number): string {
  const added = closed === 0 ? 'none needed the terminate row' : `${closed} end with the terminate row`
  return `${purchases} sessions end in a purchase click; ${added} that OPeRA's filtered version adds to a session not ending in a purchase; ${total - purchases - closed} end with the shopper's own terminate.`
}

/** The dataset card's text: how the sample was made, what in it is real and what is not, and what it holds. */
export function sampleDescription(
  sessions: readonly ConvertedSession[],
  personas: readonly Persona[],
  written: WriteSummary,
): string {
  const actions = sessions.reduce((n, s) => n + s.actions, 0)
  const images = Object.values(written.splits).reduce((n, split) => n + (split?.images ?? 0), 0)
  const purchases = sessions.filter((s) => s.outcome === 'purchase').length
  const closed = sessions.filter((s) => s.closingTerminate).length
  const real = personas.filter((p) => !p.userId.startsWith(SYNTHETIC_USER_PREFIX)).length
  return `\
**opera-sample**: ${sessions.length} simulated shopping sessions, ${actions} action rows with ${images} screenshots, and
${personas.length} users (${real} real OPeRA users, ${personas.length - real} synthetic), in the exact layout of NEU-HAI/OPeRA
(\`OPeRA_filtered\`, split \`train\`). Made by shopsim's own pipeline, for its demo and tests. It is generated: do not
edit it by hand; \`npm run build:opera-sample\` makes it again.

## How it was made

1. **Store**: shopsim's embedded amazon-like store, catalog seed ${SAMPLE.storeSeed} (${SAMPLE.catalogSize} generated products),
   its clock fixed at ${SAMPLE.start} (delivery dates on its pages).
2. **Personas**: the ${real} users of OPeRA's user table that are public (\`../shared/fixtures/opera/user.csv\`), and
   ${personas.length - real} synthetic personas from \`generatePersonas(${SAMPLE.syntheticPersonas}, ${SAMPLE.personaSeed})\` (\`simulator/personas\`).
3. **Tasks**: \`generateTasks(catalog, { count: ${personas.length * 4}, seed: ${SAMPLE.taskSeed} })\` (\`simulator/tasks\`), grouped by variant, so each
   persona gets one task of each variant: clear, ambiguous (underspecified), changing (a new instruction arrives at a
   later step) and infeasible (nothing in the catalog satisfies it; the right outcome is to give up).
4. **Shopping**: \`runLive\` (\`simulator/runner\`) with the heuristic shopper (\`createHeuristicPolicy\`, at most
   ${SAMPLE.maxSteps} steps), ${sessions.length} sessions (session i: persona i mod ${personas.length}, task i), one at a time in headless Chromium,
   viewport 1280x800, run seed ${SAMPLE.runSeed}. The recording clock starts at ${SAMPLE.start} and moves a seeded pause
   (0.9 to 12 s) at each reading (seed ${SAMPLE.clockSeed}).
5. **Conversion**: \`runToOpera\` (\`simulator/convert\`, also \`shopsim convert\`), filtered version, origin
   \`${SAMPLE.origin}\`, screenshots encoded again as JPEG quality ${SAMPLE.screenshots.quality}.

## What is real and what is not

- **Real**: the ${real} user rows (\`7f0c8207-...\`, \`85aeec61-...\`): \`survey\`, \`raw_survey\`, \`interview_transcript\`
  and \`interview_transcript_processed\` exactly as OPeRA publishes them. They come from OPeRA (NEU-HAI, arXiv 2506.05606,
  \`NEU-HAI/OPeRA\` on Hugging Face), licensed CC-BY-4.0, through the copy in 3nderboy/PersonaEvolutionDashboard @
  adbc50bb (\`backend/data/NEU-HAI__OPeRA/user.csv\`).
- **Not real: every session.** No person shopped here, not even the two real users: their survey answers condition the
  heuristic shopper, which decides every click and input. The store, its products, prices and reviews are generated.
  Rationales are the heuristic shopper's templated sentences, one on every step (OPeRA's humans gave one on ~8% of
  actions). Timestamps come from the seeded clock, not from anyone's pace.
- **Synthetic personas**: user ids start with \`${SYNTHETIC_USER_PREFIX}\`; the survey answers are drawn around five
  shopper archetypes; the self-description is a template that says it is synthetic; there is no raw survey and no
  interview.

## Columns

As OPeRA's filtered version. \`url\`: the store's address with \`${SAMPLE.origin}\` (not a real site) in place of the
run's 127.0.0.1 port, query strings masked as \`URL_MASKED\`, as are URLs inside \`page_meta\`. \`window_size\`:
the 1280x800 viewport. \`mouse_position\`: the centre of the target's box in the viewport when the page was observed
(\`clientX\`, \`clientY\`); \`{}\` when the target was off screen then (the browser scrolled before clicking).
\`element_meta\`: the recipe metadata of the target's item (search results, cart lines), else
\`{"name": "", "data": ""}\`. \`products\`: on purchase clicks (add to cart, check out, place order) the items bought
(\`asin\`, \`title\`, \`price\`, \`quantity\`, \`options\`). \`image\`: the viewport screenshot taken before the action.
${endings(purchases, closed, sessions.length)}

\`shopsim-sessions.jsonl\` (one line per session, not an OPeRA table) gives each session's run session id, task,
task reward and end reason.

## Determinism

The same command gives the same sessions, actions, pages (simplified HTML), page_meta, products, rationales,
timestamps and ids. Two things can differ between builds, even on one machine: the store's search results load their
product images lazily, and an image that has not loaded yet when the page is observed takes no room, so the boxes
below it sit higher; that moves the \`mouse_position\` of some clicks on search pages and changes those pages'
screenshots. Screenshot bytes also depend on how Chromium renders (its version, the fonts installed) and on libvips'
JPEG encoder, so they differ between machines.

## Users

${personaTable(personas, sessions)}

## Sessions

${sessionTable(sessions)}
`
}
