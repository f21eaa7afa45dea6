/// <reference types="office-js" />
import type { Profile, RoleOverrides, StatusThresholds, UnitAliases } from '../engine';
import { DEFAULT_THRESHOLDS, typedPercent, validateProfile } from '../engine';
import type { Locale } from '../i18n/locale';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locale';
import { parseUnitAliases } from './analyze/unit-aliases';

/** Workbook.settings key (ExcelApi 1.4): settings travel with the workbook, so every unit's copy checks the same way. */
export const SETTINGS_KEY = 'taskledger.settings';

export interface AddinSettings {
  locale: Locale;
  /** A template profile (as `taskledger profile` prints it), or null for the built-in one. */
  profile: Profile | null;
  /** Role → 1-based column, like the CLI's --map. */
  overrides: RoleOverrides;
  /** How the check judges: report date, status margins, overwrite, counting, unit aliases (the pane's options). */
  judging: JudgingSettings;
}

export interface JudgingSettings {
  /** Report date YYYY-MM-DD, or null to take the period from the sheet title. */
  asOf: string | null;
  /** 序时进度 typed in the pane (0–1), or null to compute it from the report date or title. */
  expected: number | null;
  /** Status margins as fractions (0.1 = 10 points). */
  thresholds: StatusThresholds;
  overwrite: boolean;
  countBy: 'lead' | 'all';
  /** The pane's unit aliases (unit → aliases), added to the profile's for the summary. */
  unitAliases: UnitAliases;
  /** A note on each flagged cell saying why (the pane's "write notes"; ExcelApi 1.18). */
  notes: boolean;
}

export const DEFAULT_JUDGING: JudgingSettings = { asOf: null, expected: null, thresholds: DEFAULT_THRESHOLDS, overwrite: false, countBy: 'lead', unitAliases: {}, notes: false };

export const DEFAULT_SETTINGS: AddinSettings = { locale: DEFAULT_LOCALE, profile: null, overrides: {}, judging: DEFAULT_JUDGING };

const percent = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100 ? v / 100 : fallback;

/** The pane stores its options under "pane" (percent margins, a date string); the engine takes these. */
function parseJudging(pane: unknown): JudgingSettings {
  if (typeof pane !== 'object' || pane === null) return DEFAULT_JUDGING;
  const p = pane as Record<string, unknown>;
  const d = DEFAULT_THRESHOLDS;
  const asOf = typeof p.asOfDate === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(p.asOfDate) ? p.asOfDate : null;
  return {
    asOf,
    expected: typedPercent(p.expectedPercent),
    thresholds: {
      aheadMargin: percent(p.aheadMargin, d.aheadMargin),
      tolerance: percent(p.tolerance, d.tolerance),
      partlyBehindMargin: percent(p.partlyBehindMargin, d.partlyBehindMargin),
    },
    overwrite: p.overwrite === true,
    countBy: p.countAllUnits === true ? 'all' : 'lead',
    unitAliases: parseUnitAliases(p.unitAliases),
    notes: p.writeNotes === true,
  };
}

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
  return { locale, profile, overrides, judging: parseJudging(r.pane) };
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
