/**
 * Options the pane stores in the workbook beside the adapter's settings (under "pane"). The report
 * date, a typed 序时进度, the margins, overwrite, counting under all units, unit aliases and notes
 * reach the engine (src/excel/settings.ts).
 */
export interface PaneOptions {
  /** Report date YYYY-MM-DD, '' to take the period from the sheet title. */
  asOfDate: string;
  /** 序时进度 in percent, '' to compute it from the date or title. */
  expectedPercent: string;
  /** Status margins in percentage points. */
  aheadMargin: number;
  tolerance: number;
  partlyBehindMargin: number;
  overwrite: boolean;
  writeNotes: boolean;
  countAllUnits: boolean;
  /** Lines "alias=unit". */
  unitAliases: string;
}

export const DEFAULT_PANE_OPTIONS: PaneOptions = {
  asOfDate: '',
  expectedPercent: '',
  aheadMargin: 10,
  tolerance: 5,
  partlyBehindMargin: 15,
  overwrite: false,
  writeNotes: false,
  countAllUnits: false,
  unitAliases: '',
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

/** Reads stored options leniently: anything malformed falls back to its default. */
export function parsePaneOptions(raw: unknown): PaneOptions {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_PANE_OPTIONS;
  const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
  const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);
  return {
    asOfDate: text(r.asOfDate, d.asOfDate),
    expectedPercent: text(r.expectedPercent, d.expectedPercent),
    aheadMargin: isNumber(r.aheadMargin) ? r.aheadMargin : d.aheadMargin,
    tolerance: isNumber(r.tolerance) ? r.tolerance : d.tolerance,
    partlyBehindMargin: isNumber(r.partlyBehindMargin) ? r.partlyBehindMargin : d.partlyBehindMargin,
    overwrite: bool(r.overwrite, d.overwrite),
    writeNotes: bool(r.writeNotes, d.writeNotes),
    countAllUnits: bool(r.countAllUnits, d.countAllUnits),
    unitAliases: text(r.unitAliases, d.unitAliases),
  };
}
