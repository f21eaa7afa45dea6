import path from 'node:path';
import type { AnalyzeOptions, SheetAnalysis, WritePlan } from '../engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../engine';
import type { FileErrorCode } from '../i18n/cli-messages';
import type { Locale } from '../i18n/locale';
import { applyPlan } from './xlsx/apply-plan';
import type { UnkeptPart } from './xlsx/load-workbook';
import { loadWorkbook, saveWorkbook } from './xlsx/load-workbook';
import { readSnapshot } from './xlsx/read-snapshot';

export interface CheckFileOptions extends AnalyzeOptions {
  locale: Locale;
  sheet?: string;
  /** Where to write the checked copy; null to write nothing. */
  output: string | null;
  onSheet?: (name: string, index: number, total: number) => void;
}

export interface SheetResult {
  analysis: SheetAnalysis;
  plan: WritePlan | null;
}

export interface FileResult {
  file: string;
  output: string | null;
  error: { code: FileErrorCode; detail?: string; params?: Record<string, string | number> } | null;
  sheets: SheetResult[];
  /** Parts of the input the checked copy does not keep (the input itself is never changed). */
  unkept: UnkeptPart[];
}

/** Default output name: "台账.xlsx" → "台账.checked.xlsx" in the same folder (or in outDir). */
export function defaultOutput(file: string, outDir?: string): string {
  const parsed = path.parse(file);
  const base = parsed.name.replace(/\.checked$/u, '');
  return path.join(outDir ?? parsed.dir, `${base}.checked${parsed.ext || '.xlsx'}`);
}

/** Checks one workbook; writes a checked copy when at least one sheet is a ledger. */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  const result: FileResult = { file, output: null, error: null, sheets: [], unkept: [] };
  if (options.output && path.resolve(options.output) === path.resolve(file)) {
    result.error = { code: 'same-output' };
    return result;
  }
  const loaded = await loadWorkbook(file);
  if (!loaded.ok) {
    result.error = { code: loaded.error, ...(loaded.detail ? { detail: loaded.detail } : {}) };
    return result;
  }
  result.unkept = loaded.unkept;
  const worksheets = loaded.workbook.worksheets.filter((ws) => !options.sheet || ws.name === options.sheet);
  if (options.sheet && worksheets.length === 0) {
    result.error = { code: 'sheet-not-found', params: { sheet: options.sheet } };
    return result;
  }
  worksheets.forEach((ws, index) => {
    options.onSheet?.(ws.name, index, worksheets.length);
    const snapshot = readSnapshot(ws);
    const analysis = analyzeSheet(snapshot, { ...options, fileName: path.basename(file) });
    const plan =
      analysis.status === 'checked'
        ? buildWritePlan(analysis, new SheetModel(snapshot), {
            locale: options.locale,
            ...(options.profile ? { profile: options.profile } : {}),
            overwrite: options.overwrite === true,
          })
        : null;
    result.sheets.push({ analysis, plan });
  });

  const checked = result.sheets.filter((s) => s.analysis.status === 'checked');
  if (checked.length === 0) {
    const first = result.sheets.find((s) => s.analysis.status === 'skipped' && s.analysis.reason === 'no-header');
    const looked = first?.analysis.status === 'skipped' ? first.analysis.lookedFor.slice(0, 6).join('、') : '';
    const rows = first?.analysis.status === 'skipped' ? first.analysis.scannedRows : 0;
    result.error = first ? { code: 'no-ledger', params: { rows, looked } } : { code: 'empty-workbook' };
    return result;
  }
  if (options.output) {
    for (const { plan } of checked) {
      const ws = plan ? loaded.workbook.getWorksheet(plan.sheet) : undefined;
      if (ws && plan) applyPlan(ws, plan);
    }
    try {
      await saveWorkbook(loaded.workbook, options.output);
      result.output = options.output;
    } catch (err) {
      result.error = {
        code: 'write-failed',
        params: { file: options.output, detail: err instanceof Error ? err.message : String(err) },
      };
    }
  }
  return result;
}
