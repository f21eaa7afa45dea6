/// <reference types="office-js" />
import { isPayloadError } from './payload';
import type { SyncOptions } from './sync';
import { syncWithin } from './sync';

/**
 * Reads items 0…count-1 in syncs of `perSync` at a time: `queue(from, to)` queues the loads of items
 * [from, to) and returns what to do with them once synced. A chunk Excel refuses for size is read
 * again at half the size; a single item refused is an error.
 */
export async function readInChunks(
  context: Excel.RequestContext, count: number, perSync: number, queue: (from: number, to: number) => () => void, options: SyncOptions,
): Promise<void> {
  let per = Math.max(1, perSync);
  for (let from = 0; from < count;) {
    const to = Math.min(count, from + per);
    const done = queue(from, to);
    try {
      await syncWithin(context, options);
    } catch (err) {
      if (!isPayloadError(err) || to - from === 1) throw err;
      per = Math.max(1, Math.floor((to - from) / 2));
      continue;
    }
    done();
    from = to;
  }
}
