/// <reference types="office-js" />
import type { WritePlan } from '../../engine';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';
import type { CapturedSummary } from './capture';

/**
 * The widths of the columns a summary sheet of the plan will set, on the summary sheets that exist
 * already (TaskLedger's, from an earlier check): a revert puts them back. One more sync, only when
 * such a sheet exists.
 */
export async function captureSummaryWidths(context: Excel.RequestContext, plan: WritePlan, summaries: CapturedSummary[], options: SyncOptions): Promise<void> {
  const loads = summaries.filter((s) => s.existed).map((s) => {
    const count = plan.summarySheets.find((p) => p.name === s.name)?.columnWidths.length ?? 0;
    const ws = context.workbook.worksheets.getItem(s.name);
    return { s, formats: Array.from({ length: count }, (_, i) => ws.getRangeByIndexes(0, i, 1, 1).format.load('columnWidth')) };
  });
  if (loads.length === 0) return;
  await syncWithin(context, options);
  for (const { s, formats } of loads) s.widths = formats.map((f) => f.columnWidth);
}
