import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { buildWidget } from '../../widget/build/build.js'
import { CHROMIUM_ARGS, CHROMIUM_PATH, hasChromium, MISSING_CHROMIUM } from './chromium.js'
import { startServers } from './servers.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where test files connect to the one shared Chromium; null when the browser tests are skipped. */
    browserEndpoint: string | null
    hostOrigin: string
    widgetOrigin: string
  }
}

/**
 * Builds the widget once, starts the servers and one Chromium for all browser
 * test files. Without Chromium the browser tests are skipped, loudly, except
 * on CI, where that is a failure (issue 3).
 */
export default async function setup(project: TestProject) {
  if (!hasChromium()) {
    if (process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: the browser tests cannot run.${MISSING_CHROMIUM}`)
    console.warn(MISSING_CHROMIUM)
    project.provide('browserEndpoint', null)
    project.provide('hostOrigin', '')
    project.provide('widgetOrigin', '')
    return () => console.warn(MISSING_CHROMIUM)
  }

  await buildWidget({ quiet: true })
  const [servers, browser] = await Promise.all([
    startServers(),
    chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 20_000 }),
  ])
  project.provide('browserEndpoint', browser.wsEndpoint())
  project.provide('hostOrigin', servers.hostOrigin)
  project.provide('widgetOrigin', servers.widgetOrigin)

  return async () => {
    await browser.close()
    await servers.close()
  }
}
