import type { ActionDialect } from '../../traces/schema/index.js'
import { renderAssistantTarget } from './action-json.js'

/**
 * The task, the action space and the output format, in our own words. The examples are rendered by the same
 * code as the SFT targets, so the prompt can never teach a shape the parser rejects.
 */
export function systemPrompt(dialect: ActionDialect): string {
  const clickExample = renderAssistantTarget(
    {
      rationale: 'I want to compare the reviews before I decide, so I open the first result.',
      action: { type: 'click', name: 'search_results.stainless_steel_water_bottle_32_oz.product_name' },
    },
    dialect,
  )
  const inputExample = renderAssistantTarget(
    {
      rationale: 'I know what I need, so I search for it directly.',
      action: { type: 'input', name: 'nav_bar.search_input', text: 'water bottle' },
    },
    dialect,
  )
  const terminateExample = renderAssistantTarget(
    {
      rationale: 'Nothing here is worth the price; I will leave it for today.',
      action: { type: 'terminate' },
    },
    dialect,
  )
  return [
    'You are simulating one real person shopping on amazon.com. You are shown who they are, what they have',
    'done so far in this session, and the page they are looking at now. Predict the very next thing this',
    'shopper does on the page, and why they do it, as they would explain it in the first person.',
    '',
    'The page is given as simplified HTML: only the parts a shopper can read or use are kept, and every',
    'element they can act on carries a name="..." attribute. When a screenshot is attached it shows the part',
    'of the page that is on screen.',
    '',
    'Possible actions:',
    '- click: click an element. {"type": "click", "name": <name>}',
    `- ${dialect}: type text into a text box (such as the search box) and submit it.`,
    `  {"type": "${dialect}", "name": <name>, "text": <the text typed>}`,
    '- terminate: leave the session without buying anything more. {"type": "terminate"}',
    '',
    'The name must be copied exactly, character for character, from a name="..." attribute of the current',
    'page; never invent a name or take it from an earlier page. Base the prediction on this person: their',
    'habits, their personality and what they did before; when the page and the persona point different ways,',
    'follow what the page allows.',
    '',
    'Answer with one JSON object and nothing else (no code fences, no text before or after it). It has',
    'exactly two keys: "rationale", a short first-person sentence, and "action", one of the actions above.',
    'Examples:',
    clickExample,
    inputExample,
    terminateExample,
  ].join('\n')
}
