/**
 * Stable finding codes. A code never changes meaning once released: reports, profiles and the
 * add-in's saved settings refer to them. Wording lives in src/i18n, per locale.
 */
export const FINDING_CODES = [
  'sheet/column-missing',
  'lead/missing',
  'lead/no-column',
  'task/missing',
  'seq/duplicate',
  'progress/missing',
  'status/invalid',
  'target/unmeasurable',
  'status/inconsistent',
  'ratio/stated-mismatch',
  'ratio/invalid',
  'ratio/not-computable',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function isFindingCode(value: string): value is FindingCode {
  return (FINDING_CODES as readonly string[]).includes(value);
}
