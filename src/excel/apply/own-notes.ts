/// <reference types="office-js" />
import type { WritePlan } from '../../engine';
import { cellAddress, isOwnNote } from '../../engine';
import { parseRangeAddress } from '../address';
import { readInChunks } from '../chunked-reads';
import type { SyncOptions } from '../sync';
import type { Captured } from './capture';

/** Notes read per sync when looking for TaskLedger's own; halved on a payload refusal (a person's long notes). */
const NOTES_PER_SYNC = 1000;

/**
 * TaskLedger's notes from an earlier check on cells this check leaves without a note (the problem was
 * fixed, or notes were switched off). Every note of the sheet is read, content and cell, in payload-sized
 * syncs (none when the sheet has no note); those with TaskLedger's mark off the plan's cells are stale.
 * They are deleted with the check and put back by its revert (see buildUndoLog).
 */
export async function captureStaleNotes(context: Excel.RequestContext, plan: WritePlan, captured: Captured, options: SyncOptions): Promise<void> {
  const count = captured.noteCount;
  if (count === 0) return;
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const planned = new Set(plan.notes.map((n) => cellAddress(n.row, n.col)));
  await readInChunks(context, count, NOTES_PER_SYNC, (from, to) => {
    const loads: { note: Excel.Note; range: Excel.Range }[] = [];
    for (let i = from; i < to; i++) {
      const note = sheet.notes.getItemAt(i).load('content');
      loads.push({ note, range: note.getLocation().load('address') });
    }
    return () => {
      for (const { note, range } of loads) {
        if (!isOwnNote(note.content)) continue;
        const r = parseRangeAddress(range.address);
        const address = cellAddress(r.top, r.left);
        if (!planned.has(address)) captured.staleNotes.push({ address, content: note.content });
      }
    };
  }, options);
}
