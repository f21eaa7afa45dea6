import type { CellValue, PlanValue } from '../engine';

const ERROR_CODES = new Set(['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

/** An Office.js cell value ("" for empty, "#N/A" for errors) as the engine's cell value. */
export function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_CODES.has(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** A plan value as an Office.js value to write: null clears (""), since null in a values array means "leave as is". */
export function toExcelValue(value: PlanValue): string | number | boolean {
  return value === null ? '' : value;
}

/** Compares what Excel holds now with what TaskLedger read or wrote (empty and "" are the same). */
export function sameValue(a: unknown, b: unknown): boolean {
  const na = a === null || a === undefined ? '' : a;
  const nb = b === null || b === undefined ? '' : b;
  return na === nb;
}
