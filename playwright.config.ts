import { defineConfig } from '@playwright/test'
import { findChromium } from './environments/browser/find-chromium.js'
import { chromiumArgs } from './environments/browser/launch.js'

// The same search and flags as shopsim itself, so e2e specs run on the browser users get
// (system Chromium works where Playwright's download does not).
const chromium = findChromium()

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromium.path, args: chromiumArgs() },
  },
})
