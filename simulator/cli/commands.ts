import type { Command } from './define-command.js'

/**
 * Every command of `shopsim`, in the order --help lists them. Each module is imported only when its
 * command runs, so `shopsim --help` or `opera inspect` do not pay for Chromium, sharp or the store.
 * `commands.test.ts` checks that each entry's path and summary are those of the command it loads.
 */
export interface CommandEntry {
  path: string[]
  summary: string
  load(): Promise<Command>
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    path: ['compare'],
    summary:
      "Compare a run's shopping behaviour with OPeRA's (or a reference's), with Jensen-Shannon distances",
    load: async () => (await import('./compare.js')).compareCommand,
  },
  {
    path: ['convert'],
    summary: 'Convert a run directory (live run, recording) into the OPeRA dataset layout',
    load: async () => (await import('./convert.js')).convertCommand,
  },
  {
    path: ['export'],
    summary: 'Export a dataset or run as SFT / RL training files for verl, TRL, LLaMA-Factory or OpenAI',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    path: ['demo'],
    summary:
      'The whole pipeline on the embedded defaults: live shoppers, replay, predict, score, export, report',
    load: async () => (await import('./demo.js')).demoCommand,
  },
  {
    path: ['opera', 'inspect'],
    summary: 'Print what an OPeRA dataset holds, and every problem met loading it',
    load: async () => (await import('./opera-inspect.js')).operaInspect,
  },
  {
    path: ['predict'],
    summary: 'Predict the next action (and rationale) at every recorded step with a policy, and score it',
    load: async () => (await import('./predict.js')).predictCommand,
  },
  {
    path: ['record'],
    summary: 'Record a person shopping in a browser window, step by step in the OPeRA format',
    load: async () => (await import('./record.js')).recordCommand,
  },
  {
    path: ['replay'],
    summary: 'Render recorded OPeRA pages in Chromium, ground every action, and report fidelity',
    load: async () => (await import('./replay.js')).replayCommand,
  },
  {
    path: ['report'],
    summary:
      'Write a static HTML report of a run (metrics, charts, every session step by step) that opens from disk',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    path: ['rewards', 'serve'],
    summary: 'Serve the reward functions over HTTP for verl and TRL (POST /score, GET /health)',
    load: async () => (await import('./rewards-serve.js')).rewardsServeCommand,
  },
  {
    path: ['run'],
    summary:
      'Run persona shoppers (heuristic or a model) on the embedded store or a site, recording every step',
    load: async () => (await import('./run-command.js')).runCommand,
  },
  {
    path: ['score'],
    summary: 'Compute the OPeRA metrics (with bootstrap intervals) and mean rewards of model predictions',
    load: async () => (await import('./score.js')).scoreCommand,
  },
  {
    path: ['simplify'],
    summary: 'Print the OPeRA simplified HTML of a page (amazon.com or the embedded store)',
    load: async () => (await import('./simplify.js')).simplify,
  },
  {
    path: ['store'],
    summary: 'Run the embedded amazon-like store in the foreground and print its URL',
    load: async () => (await import('./store.js')).storeCommand,
  },
]
