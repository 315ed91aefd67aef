import { existsSync } from 'node:fs'

/** Debian's Chromium, driven by playwright-core: no browser download, the same binary CI installs (.ci/run). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Playwright's own --disable-features list turns off ThirdPartyStoragePartitioning
 * (microsoft/playwright#32230), which Chrome, Safari and Firefox all ship; without
 * it Chromium denies a cross-site iframe any storage, and the chat could not keep
 * its conversation across pages as it does for visitors. Chromium honours only the
 * last --disable-features, so this repeats Playwright's list without that feature.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
]

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
]

export const hasChromium = () => existsSync(CHROMIUM_PATH)

export const MISSING_CHROMIUM = [
  '',
  '#'.repeat(78),
  '#  BROWSER TESTS SKIPPED: Chromium was not found at ' + CHROMIUM_PATH,
  '#  The widget was not tested in a browser. To run these tests, install it:',
  '#      sudo apt-get update && sudo apt-get install -y chromium',
  '#  or point CHROMIUM_PATH at a Chromium binary. With CI=true this is a failure.',
  '#'.repeat(78),
  '',
].join('\n')
