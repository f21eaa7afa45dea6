/// <reference types="office-js" />
import { isPayloadError, REQUEST_BUDGET_BYTES } from '../payload';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';
import type { SizedWrite } from '../undo/undo-store';

/**
 * Queues writes in order and syncs whenever the next one would take the request over budget, so
 * syncs grow with payload, never with rows. A batch Excel refuses for size (nothing of it is
 * applied) is retried in halves.
 */
export async function runWrites(context: Excel.RequestContext, writes: SizedWrite[], options: SyncOptions, budget = REQUEST_BUDGET_BYTES): Promise<void> {
  let i = 0;
  let limit = budget;
  while (i < writes.length) {
    let n = 0;
    let bytes = 0;
    for (let w = writes[i]; w && (n === 0 || bytes + w.bytes <= limit); w = writes[i + n]) {
      bytes += w.bytes;
      n++;
    }
    for (const w of writes.slice(i, i + n)) w.queue(context);
    try {
      await syncWithin(context, options);
    } catch (err) {
      if (!isPayloadError(err) || n === 1) throw err;
      limit = Math.max(1, Math.floor(bytes / 2));
      continue;
    }
    i += n;
    limit = budget;
  }
}
