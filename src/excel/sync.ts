/// <reference types="office-js" />
import { AddinError } from './addin-error';

/** Default limit for one round trip; a sync that never returns (Excel busy, host hung) fails instead of freezing the pane. */
export const SYNC_TIMEOUT_MS = 120_000;

export interface SyncOptions {
  timeoutMs: number;
}

/** context.sync() with a time limit. */
export function syncWithin(context: Excel.RequestContext, options: SyncOptions): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AddinError('timeout', { seconds: Math.max(1, Math.ceil(options.timeoutMs / 1000)) })), options.timeoutMs);
  });
  return Promise.race([context.sync() as Promise<unknown>, timeout]).then(() => undefined).finally(() => clearTimeout(timer));
}
