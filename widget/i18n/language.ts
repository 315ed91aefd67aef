/** The languages the widget's own words come in; answers come in the clinic's language. */
export type Language = 'en' | 'es'

/** `es-MX` → `es`; null when the widget has no strings for that language. */
export const pickLanguage = (tag: string | null | undefined): Language | null =>
  (['en', 'es'] as const).find((language) => tag?.toLowerCase().startsWith(language)) ?? null
