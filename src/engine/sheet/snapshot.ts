/**
 * The sheet snapshot: everything the engine reads from a host (Excel via Office.js, or exceljs).
 * Rows and columns are 1-based, as Excel shows them. `values[r - 1][c - 1]` is the cell at (r, c)
 * as the host stored it: merged areas are listed separately and resolved by SheetModel.
 */

/** An Excel error value (#N/A, #REF!, #DIV/0! …) carried as data, never thrown. */
export interface ExcelErrorValue {
  error: string;
}

export type CellValue = string | number | boolean | null | ExcelErrorValue;

export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Row-major cell values; rows may be ragged (missing trailing cells are empty). */
  values: CellValue[][];
  merges: MergedArea[];
}

export function isErrorValue(value: CellValue | undefined): value is ExcelErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}
