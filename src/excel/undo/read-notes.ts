/// <reference types="office-js" />
import { readInChunks } from '../chunked-reads';
import type { SyncOptions } from '../sync';

/** Notes read per sync; halved on a payload refusal. */
const NOTES_PER_SYNC = 1000;

/** The content of the note on each of these cells now (null for none), in payload-sized syncs. */
export async function readNoteContents(
  context: Excel.RequestContext, sheet: Excel.Worksheet, addresses: readonly string[], options: SyncOptions,
): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  await readInChunks(context, addresses.length, NOTES_PER_SYNC, (from, to) => {
    const notes = addresses.slice(from, to).map((a) => sheet.notes.getItemOrNullObject(a).load('content'));
    return () => { for (const n of notes) out.push(n.isNullObject ? null : n.content); };
  }, options);
  return out;
}
