import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // Builds the widget and starts one Chromium for test/browser (skipped, loudly, without Chromium).
    globalSetup: ['test/browser/global-setup.ts'],
  },
})
