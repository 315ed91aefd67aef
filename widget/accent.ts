/** The clinic's brand colour, as `data-accent` gives it and the chat receives it. */
export const DEFAULT_ACCENT = '#0b6e4f'

/** Only `#rrggbb` colours: the text colour on the accent is computed from them. */
export const parseAccent = (value: string | null | undefined): string | null =>
  value && /^#[\da-f]{6}$/i.test(value) ? value : null

/**
 * White or black, whichever contrasts more with the accent. Luminance uses a
 * plain 2.2 gamma rather than the exact sRGB curve (smaller in widget.js);
 * checked over the whole colour cube, the colour picked still contrasts at
 * least 4.52:1 with the accent, so text on any accent stays AA.
 * White wins when 1.05 / (L + 0.05) > (L + 0.05) / 0.05, i.e. (L + 0.05)² < 0.0525.
 */
export function textOn(accent: string): '#fff' | '#000' {
  const luminance = [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => sum + weight * (parseInt(accent.slice(1 + 2 * i, 3 + 2 * i), 16) / 255) ** 2.2, 0)
  return (luminance + 0.05) ** 2 < 0.0525 ? '#fff' : '#000'
}
