import { parseArgs } from 'node:util'
import { isShopsimError } from '../../traces/index.js'
import { findToolVersion } from '../../traces/tool-version.js'
import { COMMANDS, type CommandEntry } from './commands.js'
import { applyConfig, loadConfig } from './config-file.js'
import type { Command } from './define-command.js'
import { type CliIo, EXIT, processIo } from './io.js'

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length))
  return [
    'shopsim: replay OPeRA shopping sessions, run persona agents, export reward-labelled rollouts',
    '',
    'Usage: shopsim <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`),
    '',
    'Run `shopsim <command> --help` for its options and examples.',
    'Exit codes: 0 success, 1 failure (the message carries an E_ code and a hint), 2 usage error.',
    'Defaults for any flag can live in ./shopsim.config.json (or $SHOPSIM_CONFIG); see schema/shopsim.config.schema.json.',
    'Model endpoint: --base-url / --model or SHOPSIM_BASE_URL, SHOPSIM_MODEL; the key only from SHOPSIM_API_KEY (or OPENAI_API_KEY).',
    '',
  ].join('\n')
}

function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const flag = `--${name}${spec.type === 'string' ? ' <value>' : ''}`
    return `  ${flag.padEnd(24)}  ${command.optionHelp[name] ?? ''}`
  })
  return [
    `${command.summary}`,
    '',
    `Usage: ${command.usage}`,
    '',
    'Options:',
    ...options,
    `  ${'--help'.padEnd(24)}  show this help`,
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n')
}

function findCommand(argv: string[]): { entry: CommandEntry; rest: string[] } | undefined {
  const matches = COMMANDS.filter((c) => c.path.every((word, i) => argv[i] === word))
  const entry = matches.sort((a, b) => b.path.length - a.path.length)[0]
  return entry ? { entry, rest: argv.slice(entry.path.length) } : undefined
}

/** Runs one `shopsim` invocation and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout.write(overview())
    return argv.length === 0 ? EXIT.usage : EXIT.ok
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout.write(`${findToolVersion()}\n`)
    return EXIT.ok
  }
  const found = findCommand(argv)
  if (!found) {
    io.stderr.write(
      `shopsim: unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}"\n\n${overview()}`,
    )
    return EXIT.usage
  }
  const { entry, rest } = found
  const command = await entry.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(commandHelp(command))
    return EXIT.ok
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] }
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true })
  } catch (error) {
    io.stderr.write(
      `shopsim ${command.path.join(' ')}: ${error instanceof Error ? error.message : String(error)}\n\nUsage: ${command.usage}\n`,
    )
    return EXIT.usage
  }
  try {
    const config = loadConfig(io.cwd, io.env)
    const values = applyConfig(parsed.values, rest, command.path, command.options, config)
    return await command.run({ values, positionals: parsed.positionals }, io)
  } catch (error) {
    if (isShopsimError(error)) {
      io.stderr.write(
        `shopsim: ${error.code}: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`,
      )
      return error.code === 'E_USAGE' ? EXIT.usage : EXIT.failure
    }
    io.stderr.write(
      `shopsim: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    return EXIT.failure
  }
}
