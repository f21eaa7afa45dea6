/// <reference types="office-js" />
import type { ExistingSheet, WritePlan } from '../../engine';
import { hasSummaryMark, summarySheetNames } from '../../engine';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';

/** Where the summary mark can be: its first rows (SUMMARY_MARK_ROWS), its first columns. */
const MARK_AREA = 'A1:T8';

/**
 * Gives each summary sheet of the plan a name that is TaskLedger's to write: the planned one
 * ("汇总") when no sheet has it or the sheet of that name is TaskLedger's own summary (it carries
 * the summary mark), else the next free "汇总(2)", "汇总(3)" … A person's sheet is never cleared,
 * and neither is the ledger itself when it is named like the summary. Two syncs: the sheet names,
 * then the first rows of the sheets whose names could clash.
 */
export async function claimSummaryNames(context: Excel.RequestContext, plan: WritePlan, options: SyncOptions): Promise<WritePlan> {
  if (plan.summarySheets.length === 0) return plan;
  const sheets = context.workbook.worksheets.load('items/name');
  await syncWithin(context, options);
  const bases = plan.summarySheets.map((s) => s.name.toLowerCase());
  const heads = sheets.items
    .filter((ws) => ws.name !== plan.sheet && bases.some((b) => ws.name.toLowerCase().startsWith(b)))
    .map((ws) => ({ name: ws.name, head: ws.getRange(MARK_AREA).load('values') }));
  if (heads.length > 0) await syncWithin(context, options);
  const existing: ExistingSheet[] = sheets.items.map((ws) => ({
    name: ws.name,
    ours: heads.some((h) => h.name === ws.name && hasSummaryMark(h.head.values)),
  }));
  const summarySheets = plan.summarySheets.map((s) => {
    const [name] = summarySheetNames([plan.sheet], s.name, existing);
    return name === undefined || name === s.name ? s : { ...s, name };
  });
  return { ...plan, summarySheets };
}
