/**
 * One left-to-right scan of a text: every numeral with its unit and the reason it is or is not a
 * quantity-number. findNumbers and parseQuantities are views over this scan.
 */
import { findListMarkers } from './list-markers';
import type { Exclusion } from './number-context';
import { singleCharExclusion, surroundingExclusion, unitDecision } from './number-context';
import { normalizeChars } from './normalize-chars';
import { CHAR_CLASS, C_ASCII_DIGIT, C_QUOTE, C_SCAN, classOf } from './char-table';
import { isAsciiDigit, isCnNumeral, isLatinLetter } from './numeral-chars';
import type { Numeral } from './numeral-reader';
import { readNumeral } from './numeral-reader';
import { canStart, clockEnd, dateEnd, quotedNameEnd } from './scan-starts';
import type { UnitHit } from './unit-match';
import { matchUnit } from './unit-match';

export interface ScannedNumber {
  num: Numeral;
  exclude: Exclusion | null;
  unit: UnitHit | null;
  /** ¥300, $20: the currency symbol position and its base unit. */
  currency: { start: number; base: string } | null;
  /** Index of the first number of a range ("5-10个") this number closes. */
  rangeFrom: number | null;
}

export interface Scan {
  text: string;
  norm: string;
  numbers: ScannedNumber[];
}

const MAX_BOOK = 200;
/** Range separators: 5-10个, 5~10个, 5至10个, 5到10个. */
const HYPHEN = '-'.charCodeAt(0);
const TILDE = '~'.charCodeAt(0);
const ZHI = '至'.charCodeAt(0);
const DAO = '到'.charCodeAt(0);
const SPACE = 32;
const BOOK_OPEN = '《'.charCodeAt(0);
const SHI = '十'.charCodeAt(0);
const YEN = '¥'.charCodeAt(0);
const DOLLAR = '$'.charCodeAt(0);

function excluded(num: Numeral, reason: Exclusion): ScannedNumber {
  return { num, exclude: reason, unit: null, currency: null, rangeFrom: null };
}

/** Scans the text once. Never throws. */
export function scanNumbers(text: string): Scan {
  return scanNormalized(text, normalizeChars(text));
}

/** scanNumbers for a text whose normalised form n = normalizeChars(text) is already known. */
export function scanNormalized(text: string, n: string): Scan {
  const markers = findListMarkers(n);
  const numbers: ScannedNumber[] = [];
  const len = n.length;
  const classes = CHAR_CLASS;
  let mi = 0;
  let bookUntil = -1;
  let quoteUntil = -1;
  let i = 0;
  while (i < len) {
    const marker = markers[mi];
    if (marker && marker.start === i) {
      i = marker.end;
      mi++;
      continue;
    }
    while (markers[mi] !== undefined && (markers[mi]?.start ?? 0) < i) mi++;
    const c = n.charCodeAt(i);
    const cls = classOf(c);
    if ((cls & C_SCAN) === 0) {
      // Nothing can happen before the next interesting character or the next marker.
      const stop = markers[mi]?.start ?? len;
      i++;
      while (i < stop && ((classes[n.charCodeAt(i)] ?? 0) & C_SCAN) === 0) i++;
      continue;
    }
    if (c === BOOK_OPEN) {
      const close = n.indexOf('》', i + 1);
      if (close > i && close - i <= MAX_BOOK) bookUntil = Math.max(bookUntil, close);
      i++;
      continue;
    }
    if ((cls & C_QUOTE) !== 0 && i >= quoteUntil) {
      const q = quotedNameEnd(n, i);
      if (q > 0) quoteUntil = q;
      i++;
      continue;
    }
    // 十三五, 十四五: plan names
    if (c === SHI && '一二三四五六'.includes(n[i + 1] ?? 'x') && n[i + 2] === '五' && !isCnNumeral(n[i + 3])) {
      i += 3;
      continue;
    }
    if ((cls & C_ASCII_DIGIT) !== 0 && !isAsciiDigit(n.charCodeAt(i - 1))) {
      const d = dateEnd(n, i);
      const t = d < 0 ? clockEnd(n, i) : -1;
      if (d > 0 || t > 0) {
        i = Math.max(d, t);
        continue;
      }
    }
    if (!canStart(n, i)) {
      i++;
      continue;
    }
    const num = readNumeral(n, text, i);
    if (!num || num.end <= i) {
      // Skip the whole digit run, so a failed read is not retried at every digit (linear time).
      const wasDigit = (cls & C_ASCII_DIGIT) !== 0;
      i++;
      while (wasDigit && i < len && isAsciiDigit(n.charCodeAt(i))) i++;
      continue;
    }
    i = num.end;
    numbers.push(classify(n, num, bookUntil, quoteUntil));
  }
  linkRanges(n, numbers);
  return { text, norm: n, numbers };
}

function classify(n: string, num: Numeral, bookUntil: number, quoteUntil: number): ScannedNumber {
  if (num.start < bookUntil) return excluded(num, 'name');
  if (num.start < quoteUntil) return excluded(num, 'name');
  const around = surroundingExclusion(n, num);
  if (around) return excluded(num, around);
  const hit = num.percentPrefix ? null : matchUnit(n, num.end);
  const decided = unitDecision(n, num, hit);
  if (typeof decided === 'string') return excluded(num, decided);
  const unit = decided;
  const single = singleCharExclusion(n, num, unit !== null);
  if (single) return excluded(num, single);
  // Latin letters glued after the number, not as a unit: 5G, 3D, 531X
  if (!unit) {
    const nx = n.charCodeAt(num.end);
    if (isLatinLetter(nx)) return excluded(num, 'name');
  }
  let currency: ScannedNumber['currency'] = null;
  const prev = num.start > 0 ? n.charCodeAt(num.start - 1) : -1;
  if (prev === YEN || prev === DOLLAR) currency = { start: num.start - 1, base: prev === YEN ? '元' : '美元' };
  return { num, exclude: null, unit, currency, rangeFrom: null };
}

/** "5-10个", "5至10个", "1-8月", "2021-2025年": the first number shares the second's unit or exclusion. */
function linkRanges(n: string, list: ScannedNumber[]): void {
  for (let idx = 1; idx < list.length; idx++) {
    const a = list[idx - 1];
    const b = list[idx];
    if (!a || !b) continue;
    let k = a.unit ? a.unit.end : a.num.end;
    while (n.charCodeAt(k) === SPACE) k++;
    const sepCode = n.charCodeAt(k);
    if (sepCode !== HYPHEN && sepCode !== TILDE && sepCode !== ZHI && sepCode !== DAO) continue;
    k++;
    while (n.charCodeAt(k) === SPACE) k++;
    if (k !== b.num.start) continue;
    if (sepCode === DAO && a.unit) continue;
    if (a.unit && (!b.unit || a.unit.base !== b.unit.base)) continue;
    if (a.exclude && a.exclude !== 'notNumber' && a.exclude !== 'idiom') continue;
    if (b.exclude) {
      if (b.exclude === 'month' || b.exclude === 'year' || b.exclude === 'day' || b.exclude === 'period' || b.exclude === 'clock') {
        a.exclude = b.exclude;
        a.unit = null;
      }
      continue;
    }
    if (!b.unit) continue;
    if (a.exclude) a.exclude = null;
    b.rangeFrom = idx - 1;
  }
}
