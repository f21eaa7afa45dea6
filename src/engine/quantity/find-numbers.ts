/** Every number in a text that is a real quantity-number (not a year, date, document number, ordinal …). */
import { scanNumbers } from './scan-numbers';
import type { Scan } from './scan-numbers';
import type { NumberMatch } from './types';

export function numbersOfScan(scan: Scan): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (const s of scan.numbers) {
    if (s.exclude) continue;
    const { valueStart: start, end, value } = s.num;
    out.push({ text: scan.text.slice(start, end), start, end, value: cleanFloat(value) });
  }
  return out;
}

export function findNumbers(text: string): NumberMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return numbersOfScan(scanNumbers(text));
}

/** Rounds away binary noise (0.1 + 0.2) while keeping 15 significant digits. */
export function cleanFloat(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  return Number(v.toPrecision(15));
}
