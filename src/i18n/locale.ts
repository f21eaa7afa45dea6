export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** Maps a language tag from a host ("zh-Hans-CN", "en-GB", "zh") to a supported locale. */
export function pickLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const t = tag.toLowerCase();
  if (t.startsWith('en')) return 'en-US';
  return DEFAULT_LOCALE;
}
