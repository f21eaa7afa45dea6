/// <reference types="office-js" />
import type { CheckedSheet, SheetSnapshot, WritePlan } from '../../engine';
import type { CellRect } from '../address';
import type { Capabilities } from '../capabilities';
import type { SyncOptions } from '../sync';
import { undoStoreWrites } from '../undo/undo-store';
import { buildUndoLog } from './build-undo-log';
import { capture } from './capture';
import { planCfSpecs, planWrites } from './plan-writes';
import type { PlannedRun } from './runs';
import { planRuns } from './runs';
import { runWrites } from './run-writes';
import { claimSummaryNames } from './summary-names';
import type { WriteStage } from './write-stage';
import { WriteInterrupted } from './write-stage';
import { AddinError } from '../addin-error';

export interface ApplyOutcome {
  /** The plan as written: the summary sheet may carry another name than planned (see claimSummaryNames). */
  plan: WritePlan;
  cellsWritten: number;
  notesWritten: number;
  notesSkipped: number;
  formats: number;
}

/**
 * Applies a write plan inside one Excel.run: the summary sheet's name (never a person's sheet),
 * capture (change detection + before-state, aborting when the sheet changed since it was read),
 * then the undo log, then the plan's writes, batched under the request budget. A failure or a
 * sync that never returns comes out as WriteInterrupted, saying whether any write to a person's
 * sheets was sent (refusals found while reading, such as 'changed' or 'protected', stay as they are).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  caps: Capabilities,
  snapshot: SheetSnapshot,
  used: CellRect | null,
  analysis: CheckedSheet,
  planned: WritePlan,
  options: SyncOptions,
  now: () => string = () => new Date().toISOString(),
): Promise<ApplyOutcome> {
  let stage: WriteStage = 'before-sheet';
  try {
    const plan = await claimSummaryNames(context, planned, options);
    const runs = planRuns(plan);
    const captured = await capture(context, caps, snapshot, used, analysis, plan, runs, options);
    const cfsBefore = captured.storedCfs[plan.sheet] ?? [];
    const log = buildUndoLog(plan, captured, cfsBefore, now());
    const cfsAfter = planCfSpecs(plan);
    // The log in syncs of its own, before any write to a person's sheets.
    const summaries = { ...captured.storedSummaries, ...Object.fromEntries(plan.summarySheets.map((s) => [s.name, s])) };
    await runWrites(context, undoStoreWrites({ log, cfs: { ...captured.storedCfs, [plan.sheet]: cfsAfter }, summaries }, captured.undoSheetExists), options);
    stage = 'sheet';
    await runWrites(context, planWrites(plan, captured, caps), options);
    return outcome(plan, runs, caps, cfsAfter.length);
  } catch (err) {
    if (err instanceof AddinError && stage === 'before-sheet') throw err;
    throw new WriteInterrupted(stage, planned.sheet, err);
  }
}

function outcome(plan: WritePlan, runs: PlannedRun[], caps: Capabilities, formats: number): ApplyOutcome {
  return {
    plan,
    cellsWritten: runs.reduce((n, r) => n + r.values.filter((v) => v !== undefined).length, 0),
    notesWritten: caps.notes ? plan.notes.length : 0,
    notesSkipped: caps.notes ? 0 : plan.notes.length,
    formats,
  };
}
