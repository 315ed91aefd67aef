/**
 * A seeded shuffle for the two trainers: the same seed gives the same order of
 * examples on every machine, so training is reproducible byte for byte.
 * The generator is mulberry32 (public domain): small, fast, and good enough to
 * decorrelate an order; nothing here needs cryptographic randomness.
 */
export function seededShuffler(seed: number): (items: number[]) => void {
  let state = seed >>> 0
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return (items) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[items[i], items[j]] = [items[j]!, items[i]!]
    }
  }
}
