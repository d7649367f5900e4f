import type { BehaviourProfile } from './behaviour-profile.js'

/** The click types OPeRA does not publish a share for, folded into one category on both sides. */
export const UNPUBLISHED_CLICK_TYPES = '(unpublished types)'

const ROWS = 5_856
const SESSIONS = 527
const TERMINATE_SHARE = 0.036

/**
 * OPeRA's published figures for its filtered version (click, input, terminate), from the dataset card and
 * the paper (arXiv 2506.05606), second-hand where our reference notes say so. Only the five most frequent
 * click types have published shares; no steps histogram, mean or purchase rate is published.
 */
export function operaPublishedProfile(): BehaviourProfile {
  return {
    kind: 'published',
    source: 'NEU-HAI/OPeRA (arXiv 2506.05606), filtered version: figures from its dataset card and viewer',
    sessions: SESSIONS,
    steps: ROWS,
    // Shares as published; the action types sum to 100.1% by rounding (the distance renormalises).
    actionTypes: { click: 0.863, input: 0.102, terminate: 0.036 },
    clickTypes: {
      review: 0.208,
      search: 0.151,
      product_option: 0.139,
      product_link: 0.106,
      other: 0.089,
      [UNPUBLISHED_CLICK_TYPES]: 0.307,
    },
    stepsPerSession: { median: 7, p90: 22, max: 241, mean: ROWS / SESSIONS },
    purchaseRate: 1 - (TERMINATE_SHARE * ROWS) / SESSIONS,
    derived: {
      'mean steps': '5,856 action rows / 527 sessions',
      'purchase rate':
        'filtered OPeRA appends one terminate row to every session not ending in a purchase, so ' +
        '1 - 3.6% x 5,856 rows / 527 sessions',
    },
    notes: [
      'click-type shares are published for the five most frequent types only, taken as shares of clicks; ' +
        `the other eight share the remaining 30.7% and are compared as one category, ${UNPUBLISHED_CLICK_TYPES}`,
      'no steps-per-session histogram is published (only median 7, 90th percentile 22, max 241), ' +
        'so that distribution has no distance',
    ],
  }
}
