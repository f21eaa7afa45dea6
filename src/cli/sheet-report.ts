import type { SheetAnalysis, SheetReport, SheetSummary } from '../engine';
import { sheetReport } from '../engine';
import type { Locale } from '../i18n/locale';
import type { SheetOutline } from './sheet-outline';

/** The JSON report of a sheet, with what only the CLI knows (fields present only when they say something). */
export interface CliSheetReport extends SheetReport {
  /** Hidden rows inside the table: checked, and still hidden in the copy. */
  hiddenRows?: number;
  /** The sheet has a filter: every row was checked, and the copy keeps the filter. */
  filtered?: boolean;
  /** Where another table with a different header starts on the sheet (not checked). */
  otherTableRow?: number;
}

export function cliSheetReport(outline: SheetOutline, analysis: SheetAnalysis | null, locale: Locale, summary: SheetSummary | null): CliSheetReport {
  if (!analysis) {
    // A sheet the CLI did not analyse (a protected one): the report of a skipped sheet, with the CLI's reason.
    const skipped = sheetReport({ status: 'skipped', sheet: outline.sheet, reason: 'empty', scannedRows: 0, lookedFor: [] }, locale);
    return { ...skipped, reason: outline.status === 'skipped' ? outline.reason : 'empty' };
  }
  const report: CliSheetReport = sheetReport(analysis, locale, summary ?? undefined);
  if (outline.status === 'skipped') return report;
  if (outline.hiddenRows > 0) report.hiddenRows = outline.hiddenRows;
  if (outline.filtered) report.filtered = true;
  if (outline.columns.otherTableRow !== null) report.otherTableRow = outline.columns.otherTableRow;
  return report;
}
