/// <reference types="office-js" />
import type { WritePlan } from '../../engine';
import { cellAddress } from '../../engine';
import { parseRangeAddress } from '../address';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';
import type { Captured } from './capture';

/**
 * TaskLedger's notes from an earlier check on cells this check leaves without a note (the problem was
 * fixed, or notes were switched off): their cells, read with one more sync only when there are any.
 * They are deleted with the check and put back by its revert (see buildUndoLog).
 */
export async function captureStaleNotes(context: Excel.RequestContext, plan: WritePlan, captured: Captured, options: SyncOptions): Promise<void> {
  if (captured.ownNotes.length === 0) return;
  const planned = new Set(plan.notes.map((n) => cellAddress(n.row, n.col)));
  const located = captured.ownNotes.map((note) => ({ content: note.content, range: note.getLocation().load('address') }));
  await syncWithin(context, options);
  for (const { content, range } of located) {
    const r = parseRangeAddress(range.address);
    const address = cellAddress(r.top, r.left);
    if (!planned.has(address)) captured.staleNotes.push({ address, content });
  }
}
