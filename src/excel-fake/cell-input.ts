import { FakeExcelError } from './errors';
import type { SheetState, StoredValue } from './state';

/** What Excel makes of one entry written through Range.values or Range.formulas. */
export type Entry =
  | { kind: 'clear' }
  | { kind: 'constant'; value: StoredValue }
  | { kind: 'error'; code: string }
  | { kind: 'formula'; formula: string };

export const ERROR_LITERALS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*%\s*$/;

/**
 * Reads an entry the way Excel reads a string written to Range.values or Range.formulas (the same
 * as typing it; @types/office-js on Range.values: "If the returned value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula"):
 * - in a cell formatted as text ("@") every string stays text, as typed;
 * - a leading apostrophe makes the rest text (the apostrophe itself is not part of the value; reading
 *   values or formulas back drops it, office-js issue #6687);
 * - "=…" is a formula, and so is "+…" / "-…" unless it is a number ("-5" is minus five);
 * - numbers ("12", " 1.5 ", "1e3"), percentages ("85%" → 0.85, formatted "0%"), TRUE / FALSE and the
 *   error literals ("#N/A") become numbers, booleans and error values.
 * Not modelled: dates and times, fractions, currency and thousands separators, which real Excel also
 * converts (locale-dependent); the adapter protects every string it writes from all of them.
 */
export function readEntry(raw: unknown, numberFormat: string | undefined): Entry {
  if (raw === '' || raw === undefined) return { kind: 'clear' };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { kind: 'constant', value: raw };
  if (typeof raw !== 'string') throw new Error(`unsupported cell value ${JSON.stringify(raw)}`);
  if (numberFormat === '@') return { kind: 'constant', value: raw };
  if (raw.startsWith("'")) return raw.length === 1 ? { kind: 'clear' } : { kind: 'constant', value: raw.slice(1) };
  if (raw.length > 1 && raw.startsWith('=')) return { kind: 'formula', formula: raw };
  if (NUMBER.test(raw)) return { kind: 'constant', value: Number(raw) };
  if (PERCENT.test(raw)) return { kind: 'constant', value: Number(raw.replace('%', '').trim()) / 100 };
  if (raw.length > 1 && (raw.startsWith('+') || raw.startsWith('-'))) return { kind: 'formula', formula: `=${raw}` };
  const upper = raw.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'constant', value: upper === 'TRUE' };
  if (ERROR_LITERALS.has(upper)) return { kind: 'error', code: upper };
  return { kind: 'constant', value: raw };
}

/** The number format Excel gives a General cell when an entry is typed as a percentage. */
export function formatForEntry(raw: unknown, numberFormat: string | undefined): string | null {
  return typeof raw === 'string' && (numberFormat === undefined || numberFormat === 'General') && !raw.startsWith("'") && PERCENT.test(raw) ? '0%' : null;
}

/** A formula's result: the fake has no calculation engine, so the workbook supplies one (see FakeExcel.evaluate). */
export type Evaluate = (formula: string) => StoredValue | { error: string } | null;

/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula. */
export const MAX_CELL_CHARS = 32767;
export const MAX_FORMULA_CHARS = 8192;

/** Writes one entry into a cell as Excel would (null = leave the cell as it is, like Office.js). */
export function enterValue(sheet: SheetState, row: number, col: number, raw: unknown, evaluate: Evaluate): void {
  if (raw === null) return;
  const numberFormat = sheet.cell(row, col)?.numberFormat;
  const entry = readEntry(raw, numberFormat);
  const tooLong = (entry.kind === 'constant' && typeof entry.value === 'string' && entry.value.length > MAX_CELL_CHARS) ||
    (entry.kind === 'formula' && entry.formula.length > MAX_FORMULA_CHARS);
  if (tooLong) throw new FakeExcelError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  const format = formatForEntry(raw, numberFormat);
  if (entry.kind === 'clear') sheet.setValue(row, col, null);
  else if (entry.kind === 'constant') sheet.setValue(row, col, entry.value);
  else if (entry.kind === 'error') sheet.setError(row, col, entry.code);
  else sheet.setFormula(row, col, entry.formula, evaluate(entry.formula));
  if (format) sheet.cellForWrite(row, col).numberFormat = format;
}
