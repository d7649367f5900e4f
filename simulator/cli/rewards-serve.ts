import { REWARDS } from '../../rewards/index.js'
import { startRewardService } from '../../rewards/service/index.js'
import { defineCommand } from './define-command.js'
import { EXIT } from './io.js'
import { untilStopped } from './until-stopped.js'

const NAME = 'shopsim rewards serve'
const DEFAULT_PORT = 8787

export const rewardsServeCommand = defineCommand({
  path: ['rewards', 'serve'],
  summary: 'Serve the reward functions over HTTP for verl and TRL (POST /score, GET /health)',
  usage: 'shopsim rewards serve [--port 8787] [--host 127.0.0.1] [--reward shop-r1]',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    reward: { type: 'string' },
  },
  optionHelp: {
    port: `port to listen on (default ${DEFAULT_PORT}, what integrations/shopsim_reward.py expects; 0 = any free port)`,
    host: 'address to listen on (default 127.0.0.1, this machine only)',
    reward: 'reward for items that name none (default shop-r1)',
  },
  examples: ['shopsim rewards serve', 'shopsim rewards serve --port 0 --reward customer-r1'],
  async run({ values }, io) {
    const port = Number(values.port ?? DEFAULT_PORT)
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      io.stderr.write(`${NAME}: --port must be a whole number from 0 to 65535, not ${values.port}\n`)
      return EXIT.usage
    }
    const reward = typeof values.reward === 'string' ? values.reward : 'shop-r1'
    if (!Object.hasOwn(REWARDS, reward)) {
      io.stderr.write(`${NAME}: --reward must be one of ${Object.keys(REWARDS).join(', ')}\n`)
      return EXIT.usage
    }
    const service = await startRewardService({
      port,
      defaultReward: reward,
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
      onInternalError: (error) =>
        io.stderr.write(
          `${NAME}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        ),
    })
    io.stdout.write(`${service.url}/score\n`)
    io.stdout.write(`default reward ${reward}; health: ${service.url}/health   stop with Ctrl-C\n`)
    const signal = await untilStopped()
    await service.close()
    io.stdout.write(`${NAME}: stopped (${signal})\n`)
    return EXIT.ok
  },
})
