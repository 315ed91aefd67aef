import { readFile } from 'node:fs/promises'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.js'
import { median } from './stats.js'

export type WidgetTimings = {
  /** Navigation start to the first frame painted with the launcher in it. */
  launcherPaintedMs: number
  /** DOMContentLoaded to the same frame: what the widget adds once the page itself is parsed. */
  launcherAfterDomContentLoadedMs: number
  /** Where that time goes: widget.js fully received, the launcher in the page, and the page's own first contentful paint, each from DOMContentLoaded. */
  afterDomContentLoaded: { loaderReceivedMs: number; launcherInsertedMs: number; pageFirstContentfulPaintMs: number }
  /** The launcher's click event to the first frame showing the chat with the clinic's name and the question box. */
  clickToPanelReadyMs: number
  runs: number
}

/** Set in the page by widget-marks.js. */
type Marks = { launcherInserted?: number; launcherPainted?: number; click?: number; panelReady?: number }

const MARKS_SCRIPT = new URL('./widget-marks.js', import.meta.url)

const RUNS = 7

/**
 * Opens the demo page (`/`, which embeds the script tag as a clinic does) in a
 * fresh browser context each run, so nothing is cached, then clicks the
 * launcher as a visitor does: the pointer moves over it first, which starts
 * loading the chat, and the click follows.
 */
export async function measureWidgetTimings(origin: string): Promise<WidgetTimings> {
  const marksScript = await readFile(MARKS_SCRIPT, 'utf8')
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const samples: Array<Required<Marks> & { domContentLoaded: number; loaderReceived: number; firstContentfulPaint: number }> = []
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext()
      context.setDefaultTimeout(15_000)
      const page = await context.newPage()
      await page.addInitScript({ content: marksScript })
      await page.goto(`${origin}/`)
      await page.waitForFunction(() => (window as unknown as { benchMarks: Marks }).benchMarks.launcherPainted !== undefined)
      // The launcher, not the panel's close button (issue 15 added one): only the launcher has aria-expanded.
      await page.locator('clinic-faq-widget button[aria-expanded]').click()
      await page.waitForFunction(() => (window as unknown as { benchMarks: Marks }).benchMarks.panelReady !== undefined)
      samples.push(
        await page.evaluate(() => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
          const loader = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === '/widget.js') as PerformanceResourceTiming
          return {
            ...(window as unknown as { benchMarks: Required<Marks> }).benchMarks,
            domContentLoaded: navigation.domContentLoadedEventStart,
            loaderReceived: loader.responseEnd,
            firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          }
        }),
      )
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return {
    launcherPaintedMs: median(samples.map((sample) => sample.launcherPainted)),
    launcherAfterDomContentLoadedMs: median(samples.map((sample) => sample.launcherPainted - sample.domContentLoaded)),
    afterDomContentLoaded: {
      loaderReceivedMs: median(samples.map((sample) => sample.loaderReceived - sample.domContentLoaded)),
      launcherInsertedMs: median(samples.map((sample) => sample.launcherInserted - sample.domContentLoaded)),
      pageFirstContentfulPaintMs: median(samples.map((sample) => sample.firstContentfulPaint - sample.domContentLoaded)),
    },
    clickToPanelReadyMs: median(samples.map((sample) => sample.panelReady - sample.click)),
    runs: samples.length,
  }
}
