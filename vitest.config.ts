import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'traces/**/*.test.ts',
      'rewards/**/*.test.ts',
      'environments/**/*.test.ts',
      'simulator/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'integrations/**/*.test.ts',
    ],
    exclude: ['node_modules', 'dist', 'tests/e2e'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
})
