/// <reference types="office-js" />
import { isPayloadError } from '../payload';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';

/** Notes read per sync; halved on a payload refusal. */
const NOTES_PER_SYNC = 1000;

/** The content of the note on each of these cells now (null for none), in payload-sized syncs. */
export async function readNoteContents(
  context: Excel.RequestContext, sheet: Excel.Worksheet, addresses: readonly string[], options: SyncOptions,
): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  let per = NOTES_PER_SYNC;
  for (let from = 0; from < addresses.length;) {
    const part = addresses.slice(from, from + per);
    const notes = part.map((a) => sheet.notes.getItemOrNullObject(a).load('content'));
    try {
      await syncWithin(context, options);
    } catch (err) {
      if (!isPayloadError(err) || per === 1) throw err;
      per = Math.max(1, Math.floor(per / 2));
      continue;
    }
    for (const n of notes) out.push(n.isNullObject ? null : n.content);
    from += part.length;
  }
  return out;
}
