import type { FindingCode, Severity } from './codes';

/** Values a message template may use. */
export type FindingParams = Record<string, string | number | string[] | number[]>;

/**
 * A finding is data: a stable code, where it is, and the parameters its message needs.
 * Rows are 1-based and columns are letters, as Excel shows them; sheet-level findings have
 * row and column null.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  params: FindingParams;
}
