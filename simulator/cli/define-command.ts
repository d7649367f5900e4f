import type { ParseArgsConfig } from 'node:util'
import type { CliIo } from './io.js'

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

export interface CommandSpec<O extends OptionSpec> {
  /** Words that select the command, e.g. ['opera', 'inspect']. */
  path: string[]
  summary: string
  usage: string
  options: O
  /** One-line descriptions of each option, for --help. */
  optionHelp: Partial<Record<keyof O, string>>
  examples: string[]
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIo): Promise<number>
}

export type Command = CommandSpec<OptionSpec>

export function defineCommand<O extends OptionSpec>(spec: CommandSpec<O>): Command {
  return spec as unknown as Command
}
