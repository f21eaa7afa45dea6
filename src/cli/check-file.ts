import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { AnalyzeOptions, CheckedSheet, CountBy, ExistingSheet, SheetAnalysis, SheetSummary, WritePlan } from '../engine';
import { SheetModel, analyzeSheet, buildWritePlan, isSummarySnapshot, summarizeSheet, summarySheetNames } from '../engine';
import { summaryMessages } from '../i18n/summary-messages';
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
  /** Count tasks under their lead unit (default) or every listed unit. */
  countBy?: CountBy;
  /** The summary sheet's name (default "汇总"), or false to write none. */
  summarySheet?: string | false;
  /** When the check runs, as shown on the summary sheet ("2024-10-08 10:30"). */
  generatedAt?: string | null;
  /** Write the result over the input, after copying the input to a backup beside it. */
  inPlace?: boolean;
}

export interface SheetResult {
  analysis: SheetAnalysis;
  plan: WritePlan | null;
  /** The sheet's figures by unit and status (checked sheets only). */
  summary: SheetSummary | null;
}

export interface FileResult {
  file: string;
  output: string | null;
  error: { code: FileErrorCode; detail?: string; params?: Record<string, string | number> } | null;
  sheets: SheetResult[];
  /** Parts of the input the checked copy does not keep (the input itself is never changed). */
  unkept: UnkeptPart[];
  /** With --in-place: the untouched copy of the input. */
  backup: string | null;
}

/** "台账.xlsx" → "台账.backup.xlsx", or "台账.backup-2.xlsx" … when that exists. */
export async function backupPath(file: string): Promise<string> {
  const parsed = path.parse(file);
  for (let n = 1; ; n++) {
    const candidate = path.join(parsed.dir, `${parsed.name}.backup${n === 1 ? '' : `-${n}`}${parsed.ext || '.xlsx'}`);
    try {
      await fs.access(candidate);
    } catch {
      return candidate;
    }
  }
}

/** Default output name: "台账.xlsx" → "台账.checked.xlsx" in the same folder (or in outDir). */
export function defaultOutput(file: string, outDir?: string): string {
  const parsed = path.parse(file);
  const base = parsed.name.replace(/\.checked$/u, '');
  return path.join(outDir ?? parsed.dir, `${base}.checked${parsed.ext || '.xlsx'}`);
}

/** Checks one workbook; writes a checked copy when at least one sheet is a ledger. */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  const result: FileResult = { file, output: null, error: null, sheets: [], unkept: [], backup: null };
  if (!options.inPlace && options.output && path.resolve(options.output) === path.resolve(file)) {
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
  const existing: ExistingSheet[] = [];
  const snapshots = new Map<string, SheetModel>();
  worksheets.forEach((ws, index) => {
    options.onSheet?.(ws.name, index, worksheets.length);
    const snapshot = readSnapshot(ws);
    // TaskLedger's own summary sheets (from an earlier check) are not ledgers: not read, not reported.
    const ours = isSummarySnapshot(snapshot);
    existing.push({ name: ws.name, ours });
    if (ours) return;
    const analysis = analyzeSheet(snapshot, { ...options, fileName: path.basename(file) });
    snapshots.set(ws.name, new SheetModel(snapshot));
    const summary = analysis.status === 'checked'
      ? summarizeSheet(analysis, { ...(options.profile ? { profile: options.profile } : {}), ...(options.countBy ? { countBy: options.countBy } : {}) })
      : null;
    result.sheets.push({ analysis, plan: null, summary });
  });
  for (const ws of loaded.workbook.worksheets) {
    if (!existing.some((e) => e.name === ws.name)) existing.push({ name: ws.name, ours: isSummarySnapshot(readSnapshot(ws)) });
  }
  const ledgers = result.sheets.filter((s): s is SheetResult & { analysis: CheckedSheet } => s.analysis.status === 'checked');
  const base = options.summarySheet === false ? '' : (options.summarySheet ?? summaryMessages[options.locale].sheetName);
  const names = summarySheetNames(ledgers.map((s) => s.analysis.sheet), base, existing);
  ledgers.forEach((s, i) => {
    const model = snapshots.get(s.analysis.sheet);
    if (!model) return;
    s.plan = buildWritePlan(s.analysis, model, {
      locale: options.locale,
      ...(options.profile ? { profile: options.profile } : {}),
      overwrite: options.overwrite === true,
      summary: options.summarySheet === false ? false : {
        sheetName: names[i] ?? base,
        generatedAt: options.generatedAt ?? null,
        tableSuffix: ledgers.length > 1 ? `_${i + 1}` : '',
        ...(s.summary ? { summary: s.summary } : {}),
      },
    });
  });

  const checked = result.sheets.filter((s) => s.analysis.status === 'checked');
  if (checked.length === 0) {
    const first = result.sheets.find((s) => s.analysis.status === 'skipped' && s.analysis.reason === 'no-header');
    const looked = first?.analysis.status === 'skipped' ? first.analysis.lookedFor.slice(0, 6).join('、') : '';
    const rows = first?.analysis.status === 'skipped' ? first.analysis.scannedRows : 0;
    const onlySummaries = result.sheets.length === 0 && existing.some((e) => e.ours);
    result.error = first ? { code: 'no-ledger', params: { rows, looked } } : { code: onlySummaries ? 'only-summaries' : 'empty-workbook' };
    return result;
  }
  if (options.output) {
    for (const { plan } of checked) {
      const ws = plan ? loaded.workbook.getWorksheet(plan.sheet) : undefined;
      if (ws && plan) applyPlan(ws, plan);
    }
    try {
      if (options.inPlace) {
        // The backup is made (and must succeed) before the input is replaced; never overwritten.
        const backup = await backupPath(file);
        await fs.copyFile(file, backup, fsConstants.COPYFILE_EXCL);
        result.backup = backup;
      }
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
