import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Profile, RollupInput, RollupSummary } from '../engine';
import { buildRollupSheet, rollupSummaries } from '../engine';
import type { Locale } from '../i18n/locale';
import type { FileResult } from './check-file';
import { applySummarySheet } from './xlsx/apply-summary';
import { saveWorkbook } from './xlsx/load-workbook';

export interface RollupOptions {
  locale: Locale;
  profile?: Profile;
  generatedAt?: string | null;
}

/** The summaries of every checked sheet of every file, added up by unit and status. */
export function rollupOf(results: readonly FileResult[], profile?: Profile): RollupSummary {
  const inputs: RollupInput[] = results.flatMap((r) =>
    r.error ? [] : r.sheets.flatMap((s) => (s.summary ? [{ file: path.basename(r.file), summary: s.summary }] : [])));
  return rollupSummaries(inputs, profile);
}

/** Writes the roll-up workbook: one sheet with the summed tables and the list of source ledgers. */
export async function writeRollup(results: readonly FileResult[], file: string, options: RollupOptions): Promise<RollupSummary> {
  const rollup = rollupOf(results, options.profile);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'TaskLedger';
  applySummarySheet(workbook, buildRollupSheet(rollup, { locale: options.locale, generatedAt: options.generatedAt ?? null }));
  await saveWorkbook(workbook, file);
  return rollup;
}
