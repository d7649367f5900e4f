import type { Session } from '../../traces/index.js'

function actionCell(session: Session, index: number): string {
  const action = session.steps[index]?.action
  if (!action) return ''
  if (action.type === 'click')
    return `click \`${action.name.length > 60 ? `${action.name.slice(0, 57)}...` : action.name}\``
  if (action.type === 'input') return `input \`${action.name}\` "${action.text}"`
  return action.type
}

function stepTable(sessions: readonly Session[]): string {
  const rows = sessions.flatMap((session) =>
    session.steps.map((step, i) => {
      const start = session.id.split('_')[1]?.slice(0, 10) ?? ''
      const url = (step.observation.url ?? '').replace('https://www.amazon.com', '')
      return `| ${start} | ${step.index} | ${actionCell(session, i)} | \`${url}\` |`
    }),
  )
  return ['| session | step | gold action | page |', '|---|---|---|---|', ...rows].join('\n')
}

/** The text of the dataset card under its generated `configs:`: how every value was obtained. */
export function datasetDescription(sessions: readonly Session[], users: number): string {
  const steps = sessions.reduce((n, s) => n + s.steps.length, 0)
  const pageSizes = sessions.flatMap((s) =>
    s.steps.map((step) => Buffer.byteLength(step.observation.html ?? '')),
  )
  const kb = `${Math.floor(Math.min(...pageSizes) / 1024)}-${Math.ceil(Math.max(...pageSizes) / 1024)} KB`
  return `\
**opera-mini**: ${sessions.length} sessions, ${steps} action rows and ${users} users in the exact layout of
NEU-HAI/OPeRA (\`OPeRA_filtered\`, split \`test\`), built from the real OPeRA values that are public, for
shopsim's tests and examples. It is generated; do not edit it by hand (see "Regenerate").

## What is real

Kept exactly as published:

- **Steps** (\`../shared/fixtures/opera/gold-actions-with-model-outputs.jsonl\`, the first 15 lines of
  \`eval/preds_gemini35flash_raw_gtfix.jsonl\` in km1216lim/customer-r1 @ 241db115, which evaluates on the
  OPeRA test split): \`session_id\`, the step order (\`step_idx\`), \`action_type\`, \`semantic_id\`,
  \`click_type\` and \`input_text\` of all ${steps} steps. All three sessions are user \`7f0c8207-...\`'s.
- **Users** (\`user.csv\`, from 3nderboy/PersonaEvolutionDashboard @ adbc50bb): both rows of OPeRA's user
  table, every column (\`survey\`, \`raw_survey\`, \`interview_transcript\`, \`interview_transcript_processed\`)
  byte for byte. The second user has no session here.
- **Two purchases** of user \`7f0c8207-...\` (\`products-user-7f0c8207.json\`, from
  jbheeman/multiagent_human_worker @ 4bfaf6c8): the titles, ASINs, price and options of the Lumiere & Co.
  saddle bag (in the cart, the cart flyout and a home-page carousel) and the ROCKBROS tail light (a search
  result; its real price is null, so the page shows an invented one).

## What is derived, and how

Where the fixtures have no value, one is derived deterministically:

- \`timestamp\`: the session id embeds its start and end time; the k-th of n steps (by \`step_idx\`) gets
  start + (end - start) * (k + 1) / (n + 1), in milliseconds.
- \`action_id\`: a UUID version 5 (SHA-1, RFC 4122 URL namespace) of \`<session_id>#<step_idx>\`.
- \`url\`: an amazon.com URL of the page kind with its query masked as OPeRA masks it: \`/cart?URL_MASKED\`,
  \`/cart/smart-wagon?URL_MASKED\` (the "Added to cart" page), \`/dp/<ASIN>?URL_MASKED\` (product pages; the
  ASIN of the selected variant), \`/s?URL_MASKED\` (search results), \`/?URL_MASKED\` (home).
- \`window_size\`: \`{"width":1280,"height":800}\`. \`mouse_position\`: \`{}\` (OPeRA's empty form) on clicks
  and inputs; missing on terminate, which has no target.
- \`element_meta\`: what the OPeRA authors' browser extension records for a target (its public source
  collects the \`data-element-meta-name\` / \`-data\` attributes its recipes set): the recipe metadata
  (\`name\`, and \`data\` JSON-encoded a second time) of the target's annotated ancestor, e.g. \`active_items\` for a cart line,
  \`product_options\` for a colour button, \`product_details\` for the buybox, \`search_term\` for the search
  box; \`{"name":"","data":""}\` when no ancestor carries metadata; missing on terminate.
- \`page_meta\`: the metadata the page's recipes emit, grouped by name (\`search_term\`, \`active_items\`,
  \`product_details\`, \`product_options\`, \`cart_items\`, \`search_results\`, \`refinements.*\`,
  \`promotion_items\`), URLs masked.
- \`simplified_html\`: one small page per step (${kb}) in OPeRA's simplified-HTML scheme (names are the
  dot-joined path of named ancestors; text-derived segments are slugged; kept attributes only; semantic
  classes; \`<split-marker>\` between result cards and cart lines; \`<select>\` rewritten with an
  \`open_drop_down_list\` span and one link per option, which an HTML parser drops, as in the real data).
  Each page holds its step's target exactly once, among plausible distractors. The colour-option texts and
  the cart title of the air freshener are written so that they slug to the real ids; the selected colour
  follows the clicks of the session. All other page content (titles, prices, ratings, reviews, bullets,
  delivery dates, the ASINs of invented products) is invented: it is plausible, not a real listing.
- Missing: \`rationale\` (the fixture's \`rationale_gt\` was written for Customer-R1, mostly by a model; one
  of them reads like a person's, but nothing says which, so none is presented as a human rationale),
  \`products\`, and every screenshot (\`image\` is empty and there is no image table, as for many OPeRA rows).

The sessions are excerpts: they hold only the steps in the fixture. The 2025-04-03 session ends in
\`add_to_cart\` (outcome purchase by OPeRA's rule); the 2025-04-14 one has a single step and no final
terminate row, unlike a complete session of OPeRA's filtered version.

${stepTable(sessions)}

## Regenerate

\`npm run build:opera-mini\` (\`tsx scripts/build-opera-mini.ts\`) reads \`../shared/fixtures/opera/\`, empties
\`data/opera-mini\` and writes it again with shopsim's \`writeOperaDataset\` (both real users in the user table,
their survey JSON written as Python's \`json.dumps\` wrote it, so the strings equal the real rows). The output is byte-identical on every run; \`scripts/opera-mini/opera-mini.test.ts\` rebuilds it
into a temporary folder and compares every file, so the committed data cannot drift from the script.

## License and sources

The OPeRA values are from NEU-HAI/OPeRA (Hugging Face), licensed CC-BY-4.0: cite "OPeRA: A Dataset of
Observation, Persona, Rationale, and Action for Evaluating LLMs on Human Online Shopping Behavior
Simulation" (arXiv 2506.05606). They were taken from the public repositories named above (listed in
\`shared/fixtures/SOURCES.md\`). This derived dataset, including its invented page content, is shared under
the same CC-BY-4.0 license.
`
}
