import type { Command } from './define-command.js'
import { operaInspect } from './opera-inspect.js'
import { replayCommand } from './replay.js'
import { simplify } from './simplify.js'
import { storeCommand } from './store.js'

/** Every command of `shopsim`, in the order --help lists them. */
export const COMMANDS: readonly Command[] = [operaInspect, replayCommand, simplify, storeCommand]
