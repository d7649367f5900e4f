import { describe, expect, it } from 'vitest'
import { COMMANDS } from './commands.js'

describe('the command list', () => {
  it('names each command by the path and summary of the module it loads', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load()
      expect(command.path).toEqual(entry.path)
      expect(command.summary).toBe(entry.summary)
    }
  })
})
