import type { ColdStartFigures } from './cold-start.js'
import type { LoadFigures } from './http-load.js'
import { atLeast, atMost, bytes, count, kb, ms, type Row } from './report.js'
import type { SearchFigures } from './search-scale.js'
import { growthExponent } from './stats.js'
import { TARGETS } from './targets.js'
import type { WidgetSize } from './widget-sizes.js'
import type { WidgetTimings } from './widget-timing.js'
import type { WireBytes } from './wire-bytes.js'

const percent = (share: number) => `${(share * 100).toFixed(0)}%`

export function searchRows(shipped: SearchFigures, synthetic: readonly SearchFigures[]): Row[] {
  const area = 'Search'
  const rowsFor = (figures: SearchFigures): Row[] => {
    const label = `${figures.label} (${count(figures.entries)} entries)`
    const p50Target =
      figures === shipped
        ? atMost(figures.answerP50, TARGETS.shippedAnswerP50Ms, `≤ ${TARGETS.shippedAnswerP50Ms} ms`)
        : figures.entries === TARGETS.largestSize
          ? atMost(figures.answerP50, TARGETS.largestAnswerP50Ms, `≤ ${TARGETS.largestAnswerP50Ms} ms`)
          : undefined
    return [
      { area, measure: `${label}: answer p50`, value: ms(figures.answerP50), ...(p50Target ? { target: p50Target } : {}) },
      { area, measure: `${label}: answer p99`, value: `${ms(figures.answerP99)} (${count(figures.samples)} answers)` },
      { area, measure: `${label}: index build`, value: ms(figures.buildMs) },
      { area, measure: `${label}: heap kept by the index`, value: bytes(figures.heapBytes) },
      { area, measure: `${label}: prebuilt MiniSearch loadJSON`, value: `${ms(figures.prebuiltLoadMs)} (${bytes(figures.prebuiltJsonBytes)} JSON)` },
    ]
  }
  const growth = (measure: string, cost: (figures: SearchFigures) => number): Row => {
    const exponent = growthExponent(synthetic.map((figures) => ({ size: figures.entries, cost: cost(figures) })))
    const sizes = synthetic.map((figures) => count(figures.entries)).join(', ')
    return {
      area,
      measure: `growth of ${measure} over ${sizes} entries (fitted exponent)`,
      value: exponent.toFixed(2),
      target: atMost(exponent, TARGETS.growthExponent, `≤ ${TARGETS.growthExponent} (linear)`),
    }
  }
  return [
    ...[shipped, ...synthetic].flatMap(rowsFor),
    growth('answer p50', (figures) => figures.answerP50),
    growth('index build time', (figures) => figures.buildMs),
    growth('index heap', (figures) => figures.heapBytes),
  ]
}

export function httpRows(ask: LoadFigures, invalid: LoadFigures, staticGet: LoadFigures, askInsightsOff: LoadFigures, askShared: LoadFigures): Row[] {
  const area = 'HTTP'
  const rowsFor = (figures: LoadFigures, errorTarget?: boolean): Row[] => [
    { area, measure: `${figures.name}: requests/s`, value: count(figures.requestsPerSecond) },
    { area, measure: `${figures.name}: latency p50 / p99`, value: `${ms(figures.p50)} / ${ms(figures.p99)}` },
    {
      area,
      measure: `${figures.name}: errors`,
      value: `${count(figures.errors)} of ${count(figures.responses)}`,
      ...(errorTarget ? { target: atMost(figures.errors, TARGETS.askErrors, `${TARGETS.askErrors}`) } : {}),
    },
    ...(figures.serverCpuMsPerRequest === undefined
      ? []
      : [{ area, measure: `${figures.name}: server CPU per request`, value: ms(figures.serverCpuMsPerRequest) }]),
  ]
  const ofInvalid = ask.requestsPerSecond / invalid.requestsPerSecond
  const ofStatic = ask.requestsPerSecond / staticGet.requestsPerSecond
  const ofInsightsOff = ask.requestsPerSecond / askInsightsOff.requestsPerSecond
  const sharedOfEmbedded = askShared.requestsPerSecond / ask.requestsPerSecond
  return [
    ...rowsFor(ask, true),
    ...rowsFor(invalid),
    ...rowsFor(staticGet),
    {
      area,
      measure: 'answers/s as a share of the empty-question ceiling',
      value: percent(ofInvalid),
      target: atLeast(ofInvalid, TARGETS.askShareOfInvalidCeiling, `≥ ${percent(TARGETS.askShareOfInvalidCeiling)}`),
    },
    { area, measure: 'answers/s as a share of the GET ceiling', value: percent(ofStatic) },
    ...rowsFor(askInsightsOff, true),
    {
      area,
      measure: 'answers/s with insights on as a share of INSIGHTS=off',
      value: percent(ofInsightsOff),
      target: atLeast(ofInsightsOff, TARGETS.askShareWithInsights, `≥ ${percent(TARGETS.askShareWithInsights)}`),
    },
    ...rowsFor(askShared, true),
    {
      area,
      measure: 'answers/s with the Redis limiter and PostgreSQL insights as a share of memory and SQLite',
      value: percent(sharedOfEmbedded),
      target: atLeast(sharedOfEmbedded, TARGETS.askShareShared, `≥ ${percent(TARGETS.askShareShared)}`),
    },
  ]
}

export function coldStartRows(variants: readonly ColdStartFigures[]): Row[] {
  return variants.map((figures) => ({
    area: 'Cold start',
    measure: `process start to first answer, ${figures.name}`,
    value: `${ms(figures.medianMs)} median, ${ms(figures.fastestMs)} fastest (${figures.runs} starts)`,
    ...(figures.entry === 'compiled' ? { target: atMost(figures.medianMs, TARGETS.coldStartMs, `≤ ${TARGETS.coldStartMs} ms`) } : {}),
  }))
}

export function widgetRows(sizes: { loader: WidgetSize; link: WidgetSize; chat: WidgetSize }, wire: WireBytes, timings: WidgetTimings): Row[] {
  const area = 'Widget'
  const size = ({ rawBytes, gzipBytes }: WidgetSize) => `${kb(gzipBytes)} gzip (${kb(rawBytes)} raw)`
  return [
    { area, measure: 'loader (widget.js)', value: size(sizes.loader), target: atMost(sizes.loader.gzipBytes, TARGETS.loaderGzipBytes, `≤ ${kb(TARGETS.loaderGzipBytes)} gzip`) },
    { area, measure: 'loader link (widget-link.js, fetched when the visitor reaches for the chat)', value: size(sizes.link) },
    { area, measure: 'chat bundle (HTML + JS + CSS)', value: size(sizes.chat), target: atMost(sizes.chat.gzipBytes, TARGETS.chatGzipBytes, `≤ ${kb(TARGETS.chatGzipBytes)} gzip`) },
    { area, measure: `bytes on the wire, first visit (loader, its link, chat page and ${wire.files - 3} assets)`, value: kb(wire.firstVisitBytes) },
    { area, measure: 'bytes on the wire, repeat visit a day later (three 304s, assets cached)', value: kb(wire.repeatVisitBytes) },
    { area, measure: `navigation start to launcher painted (median of ${timings.runs})`, value: ms(timings.launcherPaintedMs) },
    {
      area,
      measure: `DOMContentLoaded to launcher painted (median of ${timings.runs})`,
      value: ms(timings.launcherAfterDomContentLoadedMs),
      target: atMost(timings.launcherAfterDomContentLoadedMs, TARGETS.launcherAfterDomContentLoadedMs, `≤ ${TARGETS.launcherAfterDomContentLoadedMs} ms`),
    },
    {
      area,
      measure: 'of which, from DOMContentLoaded: widget.js received / launcher inserted / page\'s first contentful paint',
      value: [timings.afterDomContentLoaded.loaderReceivedMs, timings.afterDomContentLoaded.launcherInsertedMs, timings.afterDomContentLoaded.pageFirstContentfulPaintMs].map(ms).join(' / '),
    },
    { area, measure: `first click to chat ready (median of ${timings.runs})`, value: ms(timings.clickToPanelReadyMs) },
  ]
}
