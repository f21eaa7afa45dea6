/** Arabic numbers with thousands separators and decimals: 1,234.5 and full-width １，２３４．５. */
import { isFullWidthDigit } from './normalize-chars';
import { isAsciiDigit } from './numeral-chars';

export interface ArabicAtom { end: number; value: number; intDigits: number; grouped: boolean; isInteger: boolean }

const SEPARATORS = /[,，]/g;
const COMMA = 44;
const FW_COMMA = 0xff0c;
const DOT = 46;

/** Arabic digits with optional thousands separators and decimal part, starting at a digit or '.'. */
export function readArabic(n: string, orig: string, j: number): ArabicAtom | null {
  let k = j;
  let intDigits = 0;
  let grouped = false;
  while (k < n.length && isAsciiDigit(n.charCodeAt(k))) { k++; intDigits++; }
  // Thousands separators: ',' followed by exactly three digits; '，' only between full-width digits.
  while (intDigits > 0 && k < n.length) {
    const sep = n.charCodeAt(k);
    const fullWidthSep = sep === FW_COMMA && isFullWidthDigit(orig, k - 1) && isFullWidthDigit(orig, k + 1);
    if (sep !== COMMA && !fullWidthSep) break;
    if (!(isAsciiDigit(n.charCodeAt(k + 1)) && isAsciiDigit(n.charCodeAt(k + 2)) && isAsciiDigit(n.charCodeAt(k + 3)))) break;
    if (isAsciiDigit(n.charCodeAt(k + 4))) break;
    if (!grouped && intDigits > 3) break;
    k += 4;
    grouped = true;
  }
  let isInteger = true;
  if (n.charCodeAt(k) === DOT && isAsciiDigit(n.charCodeAt(k + 1))) {
    isInteger = false;
    k++;
    while (k < n.length && isAsciiDigit(n.charCodeAt(k))) k++;
  }
  if (k === j) return null;
  const value = isInteger && k - j <= 15 ? integerValue(n, j, k) : decimalValue(n, j, k, grouped);
  if (!Number.isFinite(value)) return null;
  return { end: k, value, intDigits, grouped, isInteger };
}


/** Digits (and separators) in [j, k) as an integer; exact below 10^15, so equal to Number(digits). */
function integerValue(n: string, j: number, k: number): number {
  let v = 0;
  for (let q = j; q < k; q++) {
    const c = n.charCodeAt(q);
    if (isAsciiDigit(c)) v = v * 10 + (c - 48);
  }
  return v;
}

/** Powers of ten exact as doubles (up to 10^22). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The digits as written, without thousands separators ("1,234.5" -> 1234.5, ".5" -> 0.5). With at most 15
 * digits the digits form an exact integer m and m / 10^f (one correctly rounded division of two exact
 * doubles) is the double nearest the decimal, as Number(written) is; longer ones are read by Number.
 */
function decimalValue(n: string, j: number, k: number, grouped: boolean): number {
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (let q = j; q < k; q++) {
    const c = n.charCodeAt(q);
    if (isAsciiDigit(c)) {
      m = m * 10 + (c - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === DOT) {
      fraction = 0;
    }
  }
  if (digits <= 15) return fraction > 0 ? m / (POW10[fraction] ?? 1) : m;
  const written = n.slice(j, k);
  return Number(grouped ? written.replace(SEPARATORS, '') : written);
}
