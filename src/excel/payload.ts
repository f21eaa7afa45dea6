/**
 * Payload budgets. Excel on the web refuses a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded); desktop Excel has no such
 * limit, but the same budgets keep each round trip small there too. Budgets leave room for the
 * JSON envelope Office.js adds around our own data.
 */
export const REQUEST_BUDGET_BYTES = 3 * 1024 * 1024;
export const RESPONSE_BUDGET_BYTES = 3.5 * 1024 * 1024;

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : encoder.encode(text).length;
}

/** UTF-8 bytes of one cell's JSON (a rough per-cell envelope included). */
export function cellBytes(value: unknown): number {
  if (value === null || value === undefined || value === '') return 3;
  if (typeof value === 'string') return encoder.encode(value).length + 3;
  return String(value).length + 1;
}

export function isPayloadError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}
