import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { AnalyzeOptions, CheckedSheet, CountBy, ExistingSheet, SheetAnalysis, SheetSummary, WritePlan } from '../engine';
import { SheetModel, analyzeSheet, buildWritePlan, summarizeSheet, summarySheetNames } from '../engine';
import { summaryMessages } from '../i18n/summary-messages';
import type { FileErrorCode } from '../i18n/cli-messages';
import type { Locale } from '../i18n/locale';
import type { SheetOutline } from './sheet-outline';
import { outlineOf, protectedOutline } from './sheet-outline';
import type { CliSheetReport } from './sheet-report';
import { cliSheetReport } from './sheet-report';
import { applyPlan } from './xlsx/apply-plan';
import type { UnkeptPart } from './xlsx/load-workbook';
import { parseWorkbook, unkeptParts } from './xlsx/load-workbook';
import type { PackageFacts } from './xlsx/package-parts';
import { readPackageFacts } from './xlsx/package-parts';
import type { SheetRead } from './xlsx/read-sheets';
import { readSheets } from './xlsx/read-sheets';
import { saveCopy } from './xlsx/save-copy';
import { restoreOptionsFor } from './xlsx/restore-parts';
import { sniff } from './xlsx/sniff';

/**
 * What a result keeps of each sheet. 'all' (the default) keeps the analysis and the write plan;
 * 'report' keeps the JSON report built from them and lets them go before the copy is written;
 * 'outline' keeps neither. The CLI asks for less so that a large ledger's memory is freed early.
 */
export type Retain = 'all' | 'report' | 'outline';

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
  retain?: Retain;
  /** A note on each flagged cell saying why (--notes). */
  notes?: boolean;
}

export interface SheetResult {
  /** Name, status and counts: always there. */
  outline: SheetOutline;
  /** The engine's analysis; null for a protected sheet, and once let go (retain 'report' or 'outline'). */
  analysis: SheetAnalysis | null;
  plan: WritePlan | null;
  /** The sheet's figures by unit and status (checked sheets only). */
  summary: SheetSummary | null;
  /** Names of the summary sheets written for this sheet. */
  summarySheets: string[];
  /** The sheet's JSON report, when kept (retain 'report'). */
  report: CliSheetReport | null;
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

type Failure = NonNullable<FileResult['error']>;

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

/** Default output name: "台账.xlsx" → "台账.checked.xlsx" (an .xlsm, .xltx or .xltm keeps its extension) in the same folder (or in outDir). */
export function defaultOutput(file: string, outDir?: string): string {
  const parsed = path.parse(file);
  const base = parsed.name.replace(/\.checked$/u, '');
  return path.join(outDir ?? parsed.dir, `${base}.checked${parsed.ext || '.xlsx'}`);
}


async function readInput(file: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; error: Failure }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { ok: false, error: { code: 'not-found' } };
  }
  const kind = sniff(bytes, file);
  return kind ? { ok: false, error: { code: kind } } : { ok: true, bytes };
}

/** Parses the workbook and reads its sheets; the parsed workbook is let go on return (it is parsed again to write). */
async function readWorkbook(bytes: Buffer, only: string | undefined): Promise<{ ok: true; read: ReturnType<typeof readSheets> } | { ok: false; error: Failure }> {
  const parsed = await parseWorkbook(bytes);
  if (!parsed.ok) return { ok: false, error: { code: parsed.error, ...(parsed.detail ? { detail: parsed.detail } : {}) } };
  return { ok: true, read: readSheets(parsed.workbook, only) };
}

async function packageFacts(bytes: Buffer, reads: SheetRead[]): Promise<PackageFacts> {
  try {
    return await readPackageFacts(bytes, reads.filter((r) => r.filtered).map((r) => r.name));
  } catch {
    return { macros: null, workbookProtection: null, filters: new Map() };
  }
}

function noSheetChecked(result: FileResult, all: ExistingSheet[]): Failure {
  const locked = result.sheets.filter((s) => s.outline.status === 'skipped' && s.outline.reason === 'protected');
  if (locked.length > 0) return { code: 'protected', params: { sheet: locked[0]?.outline.sheet ?? '', count: locked.length } };
  const first = result.sheets.find((s) => s.outline.status === 'skipped' && s.outline.reason === 'no-header')?.outline;
  if (first?.status === 'skipped') return { code: 'no-ledger', params: { rows: first.scannedRows, looked: first.lookedFor.slice(0, 6).join('、') } };
  return { code: result.sheets.length === 0 && all.some((e) => e.ours) ? 'only-summaries' : 'empty-workbook' };
}

/** Writes the copy: the workbook parsed again from the input's bytes, the plans applied, dropped parts restored. */
async function writeCopy(result: FileResult, output: string, bytes: Buffer, facts: PackageFacts, options: CheckFileOptions): Promise<void> {
  const parsed = await parseWorkbook(bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  for (const s of result.sheets) {
    const ws = s.plan ? parsed.workbook.getWorksheet(s.plan.sheet) : undefined;
    if (ws && s.plan) applyPlan(ws, s.plan);
    if (options.retain && options.retain !== 'all') s.plan = null;
  }
  if (options.inPlace) {
    // The backup is made (and must succeed) before the input is replaced; never overwritten.
    const backup = await backupPath(result.file);
    await fs.copyFile(result.file, backup, fsConstants.COPYFILE_EXCL);
    result.backup = backup;
  }
  await saveCopy(parsed.workbook, output, facts, restoreOptionsFor(output));
  result.output = output;
}

/** Checks one workbook; writes a checked copy when at least one sheet is a ledger. */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileResult> {
  const result: FileResult = { file, output: null, error: null, sheets: [], unkept: [], backup: null };
  if (!options.inPlace && options.output && path.resolve(options.output) === path.resolve(file)) {
    result.error = { code: 'same-output' };
    return result;
  }
  const input = await readInput(file);
  if (!input.ok) return { ...result, error: input.error };
  const { bytes } = input;
  const loaded = await readWorkbook(bytes, options.sheet);
  if (!loaded.ok) return { ...result, error: loaded.error };
  const { sheets: reads, all } = loaded.read;
  if (options.sheet && reads.length === 0) return { ...result, error: { code: 'sheet-not-found', params: { sheet: options.sheet } } };
  const facts = await packageFacts(bytes, reads);
  const macrosKept = facts.macros !== null && options.output !== null && restoreOptionsFor(options.output).macroEnabled;
  result.unkept = unkeptParts(bytes).filter((p) => !(p === 'macros' && macrosKept));

  const models = new Map<SheetResult, SheetModel>();
  const hidden = new Map<SheetResult, number[]>();
  reads.forEach((read, index) => {
    options.onSheet?.(read.name, index, reads.length);
    // TaskLedger's own summary sheets (from an earlier check) are not ledgers: not read, not reported.
    if (read.ours) return;
    if (read.protected) {
      result.sheets.push({ outline: protectedOutline(read.name), analysis: null, plan: null, summary: null, summarySheets: [], report: null });
      return;
    }
    const analysis = analyzeSheet(read.snapshot, { ...options, fileName: path.basename(file) });
    const summary = analysis.status === 'checked'
      ? summarizeSheet(analysis, { ...(options.profile ? { profile: options.profile } : {}), ...(options.countBy ? { countBy: options.countBy } : {}) })
      : null;
    const sheet: SheetResult = { outline: outlineOf(analysis, read), analysis, plan: null, summary, summarySheets: [], report: null };
    result.sheets.push(sheet);
    models.set(sheet, new SheetModel(read.snapshot));
    hidden.set(sheet, read.hiddenColumns);
  });
  reads.length = 0;

  const ledgers = result.sheets.filter((s): s is SheetResult & { analysis: CheckedSheet } => s.analysis?.status === 'checked');
  const base = options.summarySheet === false ? '' : (options.summarySheet ?? summaryMessages[options.locale].sheetName);
  const names = summarySheetNames(ledgers.map((s) => s.analysis.sheet), base, all);
  ledgers.forEach((s, i) => {
    const model = models.get(s);
    if (!model) return;
    s.plan = buildWritePlan(s.analysis, model, {
      locale: options.locale,
      ...(options.profile ? { profile: options.profile } : {}),
      overwrite: options.overwrite === true,
      hiddenColumns: hidden.get(s) ?? [],
      notes: options.notes === true,
      summary: options.summarySheet === false ? false : {
        sheetName: names[i] ?? base,
        generatedAt: options.generatedAt ?? null,
        tableSuffix: ledgers.length > 1 ? `_${i + 1}` : '',
        ...(s.summary ? { summary: s.summary } : {}),
      },
    });
    s.summarySheets = s.plan.summarySheets.map((p) => p.name);
  });
  models.clear();
  const retain = options.retain ?? 'all';
  for (const s of result.sheets) {
    if (retain === 'report') s.report = cliSheetReport(s.outline, s.analysis, options.locale, s.summary);
    if (retain !== 'all') s.analysis = null;
  }

  if (ledgers.length === 0) return { ...result, error: noSheetChecked(result, all) };
  if (options.output) {
    try {
      await writeCopy(result, options.output, bytes, facts, options);
    } catch (err) {
      result.error = { code: 'write-failed', params: { file: options.output, detail: err instanceof Error ? err.message : String(err) } };
    }
  }
  return result;
}
