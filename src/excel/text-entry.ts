/**
 * Writing text so Excel keeps it as text. Range.values and Range.formulas read a string the way
 * Excel reads typing: "=…", "+…", "-…" become formulas (@types/office-js, Range.values), "0123"
 * becomes 123, "85%" 0.85, "2024-06-30" a date, "TRUE" a boolean, "#N/A" an error value. A
 * leading apostrophe keeps the rest as text (and is not part of the value read back, office-js
 * issue #6687); a cell formatted as text ("@") keeps what is written as it is.
 */

const FORMULA_OR_PREFIX = /^[=+\-'@#]/u;
/** Starts like a number, date, time, fraction or amount: Excel may convert it (locale-dependent). */
const NUMBER_LIKE = /^\s*[(+-]?\s*[$¥￥€£]?\s*[\d.,]/u;
const MONTH_DATE = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d/iu;
const BOOLEAN = /^\s*(?:true|false)\s*$/iu;

/** True when Excel could read `text` as something other than this very text (a formula, number, date, boolean or error). */
export function excelWouldConvert(text: string): boolean {
  return FORMULA_OR_PREFIX.test(text) || NUMBER_LIKE.test(text) || MONTH_DATE.test(text) || BOOLEAN.test(text);
}

/** Excel's number format for text. */
export const TEXT_FORMAT = '@';

/**
 * The entry that makes Excel store `value` as it is, in a cell whose number format will be
 * `numberFormat` when the value is written: text Excel would convert gets an apostrophe, except in
 * a text-formatted cell. Numbers and booleans are written as they are; null clears ("").
 */
export function textEntry(value: string | number | boolean | null, numberFormat: string | null | undefined): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string' || value === '' || numberFormat === TEXT_FORMAT) return value;
  return excelWouldConvert(value) ? `'${value}` : value;
}
