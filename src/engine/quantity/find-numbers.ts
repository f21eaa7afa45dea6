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
  if (isShortDecimal(v)) return v;
  return Number(v.toPrecision(15));
}

/**
 * True when v is the double nearest to a decimal N / 10^k with |N| < 10^15 (k ≤ 6): such a decimal has at
 * most 15 significant digits, so v.toPrecision(15) spells it and cleanFloat(v) is v itself. Spares the
 * string round trip for the usual 17.2, 3.5, 0.25 (t / p is a correctly rounded division, p is exact).
 */
function isShortDecimal(v: number): boolean {
  let p = 1;
  for (let k = 1; k <= 6; k++) {
    p *= 10;
    const t = v * p;
    if (Number.isInteger(t)) return Math.abs(t) < 1e15 && t / p === v;
  }
  return false;
}
