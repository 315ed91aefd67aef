import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // A real app checks every phrasing of both languages before it serves (issue 18): on a busy machine that outlasts the default 10 s.
    hookTimeout: 30_000,
    // Two projects only so that the browser tests' setup (build the widget, start Chromium)
    // runs when browser tests are in the run, not for every unit test file.
    projects: [
      { extends: true, test: { name: 'node', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/browser/**'] } },
      // A real browser on a busy machine needs more time than the node tests' 20 s.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/global-setup.ts'], testTimeout: 45_000 } },
    ],
  },
})
