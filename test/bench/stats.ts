/** Nearest-rank percentile of an ascending list; `share` is 0.5 for the median, 0.99 for p99. */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples')
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!
}

export const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b)

export const median = (values: readonly number[]) => percentile(ascending(values), 0.5)

export async function timed<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now()
  const result = await run()
  return [result, performance.now() - start]
}

/**
 * Slope of log(cost) against log(size) by least squares: 1 is linear growth,
 * below 1 sublinear. A fitted slope over several sizes is steadier than the
 * ratio of two noisy end points.
 */
export function growthExponent(points: ReadonlyArray<{ size: number; cost: number }>): number {
  const xs = points.map((point) => Math.log(point.size))
  const ys = points.map((point) => Math.log(point.cost))
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length
  const covariance = xs.reduce((sum, x, i) => sum + (x - meanX) * (ys[i]! - meanY), 0)
  const variance = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0)
  return covariance / variance
}
