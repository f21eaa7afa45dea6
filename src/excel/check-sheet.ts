/// <reference types="office-js" />
import type { SheetAnalysis, WritePlan } from '../engine';
import { isSummarySnapshot } from '../engine';
import type { Locale } from '../i18n/locale';
import { AddinError, errorCode, toAddinError } from './addin-error';
import type { Analyzer } from './analyze/analyze-snapshot';
import { analyzeInline } from './analyze/analyze-snapshot';
import type { ApplyOutcome } from './apply/apply-plan';
import { applyPlan } from './apply/apply-plan';
import { WriteInterrupted } from './apply/write-stage';
import type { Capabilities } from './capabilities';
import { detectCapabilities } from './capabilities';
import type { ExcelHost, HostRunOptions } from './host';
import { readSheet } from './read-snapshot';
import type { RevertOutcome } from './revert';
import { revertLastCheck } from './revert';
import type { AddinSettings } from './settings';
import { parseSettings } from './settings';
import { SYNC_TIMEOUT_MS } from './sync';
import { localTime } from '../i18n/local-time';

export interface CheckOptions {
  /** The sheet to check; null or absent for the active sheet. */
  sheet?: string | null;
  /** Where the engine runs; defaults to in-line (the task pane passes a Web Worker analyzer). */
  analyzer?: Analyzer;
  /** Locale when the workbook has no saved settings. */
  locale?: Locale;
  timeoutMs?: number;
  /** Response budget per read sync (tests lower it to force chunking). */
  readBudgetBytes?: number;
  /** The time of the check, shown on the summary sheet; now when absent. */
  now?: Date;
}

export interface CheckOutcome {
  sheet: string;
  analysis: SheetAnalysis;
  /** The plan as written (its summary sheet renamed when a person's sheet has the planned name). */
  plan: WritePlan | null;
  applied: ApplyOutcome | null;
  settings: AddinSettings;
  capabilities: Capabilities;
}

function runOptions(caps: Capabilities, grouped: boolean): HostRunOptions {
  return grouped && caps.undoGroup ? { delayForCellEdit: true, mergeUndoGroup: true } : { delayForCellEdit: true };
}

/** Runs a writing batch as one undo step where ExcelApi 1.20 allows; falls back when Excel refuses the grouping. */
async function runGrouped<T>(host: ExcelHost, caps: Capabilities, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await host.run(runOptions(caps, true), batch);
  } catch (err) {
    if (errorCode(err) !== 'UndoNotSupported' || !caps.undoGroup) throw err;
    return host.run(runOptions(caps, false), batch);
  }
}

/**
 * The whole check: read the sheet (one Excel.run), analyse it off the pane's thread, then apply
 * the plan (a second Excel.run that first verifies nothing changed meanwhile).
 */
export async function checkSheet(host: ExcelHost, options: CheckOptions = {}): Promise<CheckOutcome> {
  const caps = detectCapabilities(host);
  if (!caps.baseline) throw new AddinError('unsupported-host');
  const sync = { timeoutMs: options.timeoutMs ?? SYNC_TIMEOUT_MS };
  try {
    const read = await host.run(runOptions(caps, false), (context) =>
      readSheet(context, caps, { ...sync, sheet: options.sheet ?? null, ...(options.readBudgetBytes ? { budgetBytes: options.readBudgetBytes } : {}) }));
    // TaskLedger's own summary (it carries the summary mark) is never read as a ledger: checking it
    // would write columns into it, and its next summary over it.
    if (isSummarySnapshot(read.snapshot)) throw new AddinError('summary-sheet', { sheet: read.snapshot.name });
    const settings = parseSettings(read.settings, options.locale);
    const analyzer = options.analyzer ?? analyzeInline;
    const { analysis, plan } = await analyzer({
      snapshot: read.snapshot, locale: settings.locale, profile: settings.profile, overrides: settings.overrides,
      judging: settings.judging, hiddenColumns: read.hiddenColumns, generatedAt: localTime(options.now ?? new Date()),
    });
    const outcome: CheckOutcome = { sheet: read.snapshot.name, analysis, plan, applied: null, settings, capabilities: caps };
    if (analysis.status !== 'checked' || !plan) return outcome;
    outcome.applied = await runGrouped(host, caps, (context) =>
      applyPlan(context, caps, read.snapshot, read.used, analysis, plan, sync));
    outcome.plan = outcome.applied.plan;
    return outcome;
  } catch (err) {
    if (err instanceof WriteInterrupted) throw await afterInterruption(host, err, sync);
    throw toAddinError(err);
  }
}

/**
 * What to tell the user when the writes stopped part-way (an error, or a sync that never returned):
 * before any write to their sheets, that nothing changed; after, the check is undone from its log
 * at once, and the user is told whether that worked (the sheet is as before) or not (the sheet may
 * be half-written, and 撤销上次检查 restores it once Excel answers again).
 */
async function afterInterruption(host: ExcelHost, err: WriteInterrupted, sync: { timeoutMs: number }): Promise<AddinError> {
  const reason = toAddinError(err.reason);
  if (err.stage === 'before-sheet') return reason;
  const cause: Record<string, string | number> = reason.code === 'timeout' ? { seconds: reason.params.seconds ?? 0 } : { detail: reason.message };
  try {
    await revertLast(host, sync);
    return new AddinError('write-undone', { sheet: err.sheet, ...cause }, err.message);
  } catch {
    return new AddinError('write-partial', { sheet: err.sheet, ...cause }, err.message);
  }
}

/** Undoes the last check recorded in the workbook. */
export async function revertLast(host: ExcelHost, options: { timeoutMs?: number } = {}): Promise<RevertOutcome> {
  const caps = detectCapabilities(host);
  if (!caps.baseline) throw new AddinError('unsupported-host');
  try {
    return await runGrouped(host, caps, (context) => revertLastCheck(context, caps, { timeoutMs: options.timeoutMs ?? SYNC_TIMEOUT_MS }));
  } catch (err) {
    const e = toAddinError(err);
    // The log is cleared last, so a revert cut short can simply be run again.
    throw e.code === 'timeout' ? new AddinError('revert-timeout', e.params, e.message) : e;
  }
}
