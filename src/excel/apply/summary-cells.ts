/// <reference types="office-js" />
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';
import type { Captured } from './capture';

/**
 * The cells of each earlier summary sheet whose plan the store does not have (a store from an older
 * version): revert then refills them. One more sync, only in that case.
 */
export async function captureSummaryCells(context: Excel.RequestContext, captured: Captured, options: SyncOptions): Promise<void> {
  const loads = captured.summaries
    .filter((s) => s.existed && !captured.storedSummaries[s.name])
    .map((s) => ({ s, used: context.workbook.worksheets.getItem(s.name).getUsedRangeOrNullObject(false).load('address, values, numberFormat') }));
  if (loads.length === 0) return;
  await syncWithin(context, options);
  for (const { s, used } of loads) {
    s.used = used.isNullObject ? null : { address: used.address, values: used.values, numberFormat: used.numberFormat };
  }
}
