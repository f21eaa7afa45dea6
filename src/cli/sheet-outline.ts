import type { AsOf, ColumnProfile, SheetAnalysis, SheetCounts, SkippedSheet } from '../engine';
import type { SheetRead } from './xlsx/read-sheets';

/** Why a sheet was not checked: the engine's reasons, and a protected sheet the CLI does not open. */
export type SkipReason = SkippedSheet['reason'] | 'protected';

/** What the terminal, the exit code and the totals need of a sheet; kept when the full analysis is let go. */
export type SheetOutline =
  | {
      status: 'checked';
      sheet: string;
      columns: ColumnProfile;
      counts: SheetCounts;
      /** The 序时进度 the statuses were judged against, or null (rows then use the period their progress names). */
      asOf: AsOf | null;
      /** Hidden rows inside the table (checked like the others; still hidden in the copy). */
      hiddenRows: number;
      /** The sheet has a filter (kept in the copy; every row is checked, filtered out or not). */
      filtered: boolean;
    }
  | { status: 'skipped'; sheet: string; reason: SkipReason; scannedRows: number; lookedFor: string[] };

export function outlineOf(analysis: SheetAnalysis, read: SheetRead): SheetOutline {
  if (analysis.status === 'skipped') {
    const { sheet, reason, scannedRows, lookedFor } = analysis;
    return { status: 'skipped', sheet, reason, scannedRows, lookedFor };
  }
  const { dataStartRow, dataEndRow } = analysis.columns;
  const hiddenRows = read.hiddenRows.filter((r) => r >= dataStartRow && r <= dataEndRow).length;
  return {
    status: 'checked', sheet: analysis.sheet, columns: analysis.columns, counts: analysis.counts, asOf: analysis.asOf, hiddenRows, filtered: read.filtered,
  };
}

export function protectedOutline(sheet: string): SheetOutline {
  return { status: 'skipped', sheet, reason: 'protected', scannedRows: 0, lookedFor: [] };
}
