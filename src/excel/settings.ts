/// <reference types="office-js" />
import type { Profile, RoleOverrides } from '../engine';
import { validateProfile } from '../engine';
import type { Locale } from '../i18n/locale';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locale';

/** Workbook.settings key (ExcelApi 1.4): settings travel with the workbook, so every unit's copy checks the same way. */
export const SETTINGS_KEY = 'taskledger.settings';

export interface AddinSettings {
  locale: Locale;
  /** A template profile (as `taskledger profile` prints it), or null for the built-in one. */
  profile: Profile | null;
  /** Role → 1-based column, like the CLI's --map. */
  overrides: RoleOverrides;
}

export const DEFAULT_SETTINGS: AddinSettings = { locale: DEFAULT_LOCALE, profile: null, overrides: {} };

/** Reads stored settings leniently: anything malformed falls back to the default for that field. */
export function parseSettings(raw: unknown, fallbackLocale: Locale = DEFAULT_LOCALE): AddinSettings {
  const obj = typeof raw === 'string' ? safeJson(raw) : raw;
  if (typeof obj !== 'object' || obj === null) return { ...DEFAULT_SETTINGS, locale: fallbackLocale };
  const r = obj as Record<string, unknown>;
  const locale = typeof r.locale === 'string' && isLocale(r.locale) ? r.locale : fallbackLocale;
  const checked = r.profile ? validateProfile(r.profile, locale) : null;
  const profile = checked && checked.ok ? checked.profile : null;
  const overrides: RoleOverrides = {};
  if (typeof r.overrides === 'object' && r.overrides !== null) {
    for (const [role, col] of Object.entries(r.overrides)) {
      if (col === null || (typeof col === 'number' && Number.isInteger(col) && col > 0)) (overrides as Record<string, number | null>)[role] = col;
    }
  }
  return { locale, profile, overrides };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Queues the write of the settings (saved with the workbook). */
export function queueSaveSettings(context: Excel.RequestContext, settings: AddinSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}
