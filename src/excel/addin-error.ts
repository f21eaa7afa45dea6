/** Why the add-in stopped, as a code the UI turns into a zh-CN / en-US message (src/i18n/addin-messages). */
export type AddinErrorCode =
  | 'unsupported-host'
  | 'no-sheet'
  | 'protected'
  | 'filtered'
  | 'changed'
  | 'payload'
  | 'timeout'
  | 'cell-edit'
  | 'no-ledger'
  | 'empty'
  | 'no-undo'
  | 'summary-sheet'
  | 'write-undone'
  | 'write-partial'
  | 'revert-timeout'
  | 'failed';

export class AddinError extends Error {
  constructor(readonly code: AddinErrorCode, readonly params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'AddinError';
  }
}

export function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps Office.js errors the user can act on to add-in errors; everything else stays 'failed'. */
export function toAddinError(err: unknown): AddinError {
  if (err instanceof AddinError) return err;
  const code = errorCode(err);
  if (code === 'InvalidOperationInCellEditMode') return new AddinError('cell-edit');
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return new AddinError('payload');
  const message = err instanceof Error ? err.message : String(err);
  return new AddinError('failed', { detail: message }, message);
}
