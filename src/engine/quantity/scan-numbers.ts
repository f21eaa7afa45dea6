/**
 * One left-to-right scan of a text: every numeral with its unit and the reason it is or is not a
 * quantity-number. findNumbers and parseQuantities are views over this scan.
 */
import { findListMarkers } from './list-markers';
import type { Exclusion } from './number-context';
import { singleCharExclusion, surroundingExclusion, unitDecision } from './number-context';
import { normalizeChars } from './normalize-chars';
import { CN_DIGIT, isAsciiDigit, isCjk, isCnNumeral, isLatinLetter } from './numeral-chars';
import type { Numeral } from './numeral-reader';
import { readNumeral } from './numeral-reader';
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

const QUOTES = new Set(['“', '”', '"', '「', '」', '『', '』', '‘', '’']);
const MAX_QUOTE = 12;
const MAX_BOOK = 200;
const RANGE_SEPS = new Set(['-', '~', '至', '到']);
const DATE_SEPS = new Set(['-', '/', '.']);
const DATE_TAIL = new Set(['前', '底', '起', '止', '至', '以', '末', '-', '~', ' ', '，', ',', '。', '）', ')', '\n']);

function canStart(n: string, i: number): boolean {
  const ch = n[i];
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (isAsciiDigit(c)) return true;
  const nx = n[i + 1];
  if (ch === '.' || ch === '-') {
    const prev = n.charCodeAt(i - 1);
    if (isAsciiDigit(prev) || isLatinLetter(prev) || n[i - 1] === '.') return false;
    if (ch === '-' && nx === '.') return isAsciiDigit(n.charCodeAt(i + 2));
    return nx !== undefined && isAsciiDigit(nx.charCodeAt(0));
  }
  if (ch === '负') return nx !== undefined && (isAsciiDigit(nx.charCodeAt(0)) || isCnNumeral(nx));
  if (CN_DIGIT[ch] !== undefined || ch === '十' || ch === '拾') return true;
  if (ch === '百' || ch === '千' || ch === '佰' || ch === '仟' || ch === '万') {
    if (nx === '分' || nx === ' ') return true; // 百分之 / 千分之 / 万分之
    if (ch === '万') return false;
    if (nx === '余' || nx === '多') return true; // 百余家
    return nx !== undefined && CN_DIGIT[nx] !== undefined && nx !== '零' && !isCnNumeral(n[i + 2]);
  }
  if (ch === '半') return nx === '百' || nx === '成';
  return false;
}

/** "2021-09-30", "2021/9/30", "2021.9.30", "2021.9前": a date written with separators; returns its end. */
function dateEnd(n: string, i: number): number {
  const y = n.slice(i, i + 4);
  if (!/^(19|20)\d\d$/.test(y) || isAsciiDigit(n.charCodeAt(i + 4))) return -1;
  const sep = n[i + 4];
  if (sep === undefined || !DATE_SEPS.has(sep)) return -1;
  let k = i + 5;
  const m0 = k;
  while (k < n.length && k - m0 < 2 && isAsciiDigit(n.charCodeAt(k))) k++;
  if (k === m0 || isAsciiDigit(n.charCodeAt(k))) return -1;
  const month = Number(n.slice(m0, k));
  if (month < 1 || month > 12) return -1;
  if (n[k] === sep) {
    const d0 = k + 1;
    let q = d0;
    while (q < n.length && q - d0 < 2 && isAsciiDigit(n.charCodeAt(q))) q++;
    if (q > d0 && !isAsciiDigit(n.charCodeAt(q))) return q;
  }
  if (sep !== '.') return k;
  const tail = n[k];
  return tail === undefined || DATE_TAIL.has(tail) || n[k] === '月' ? k : -1;
}

/** "20:00", "9:30": a clock time; returns its end. */
function clockEnd(n: string, i: number): number {
  let k = i;
  while (k < n.length && k - i < 2 && isAsciiDigit(n.charCodeAt(k))) k++;
  if (k === i || (n[k] !== ':' && n[k] !== '：')) return -1;
  if (!isAsciiDigit(n.charCodeAt(k + 1)) || !isAsciiDigit(n.charCodeAt(k + 2)) || isAsciiDigit(n.charCodeAt(k + 3))) return -1;
  return k + 3;
}

/** Index of the next "》" at or after each position, so book titles are known in one pass. */
function nextCloseIndex(n: string, close: string): Int32Array {
  const out = new Int32Array(n.length + 1);
  let next = -1;
  out[n.length] = -1;
  for (let i = n.length - 1; i >= 0; i--) {
    if (n[i] === close) next = i;
    out[i] = next;
  }
  return out;
}

/** A short quoted span holding a numeral and other words is a name or slogan (“六个千亿”, “4+1”). */
function quotedNameEnd(n: string, i: number): number {
  let c = -1;
  for (let k = i + 1; k < n.length && k - i <= MAX_QUOTE; k++) {
    const ch = n[k];
    if (ch !== undefined && QUOTES.has(ch)) { c = k; break; }
    if (ch === '\n' || ch === '。') break;
  }
  if (c < 0) return -1;
  let numeral = false;
  let word = false;
  for (let k = i + 1; k < c; k++) {
    const ch = n[k];
    if (ch === undefined) continue;
    if (isAsciiDigit(ch.charCodeAt(0)) || isCnNumeral(ch)) numeral = true;
    else if (isCjk(ch) || ch === '+' || isLatinLetter(ch.charCodeAt(0))) word = true;
  }
  return numeral && word ? c : -1;
}

function excluded(num: Numeral, reason: Exclusion): ScannedNumber {
  return { num, exclude: reason, unit: null, currency: null, rangeFrom: null };
}

/** Scans the text once. Never throws. */
export function scanNumbers(text: string): Scan {
  const n = normalizeChars(text);
  const markers = findListMarkers(n);
  const bookClose = nextCloseIndex(n, '》');
  const numbers: ScannedNumber[] = [];
  let mi = 0;
  let bookUntil = -1;
  let quoteUntil = -1;
  let i = 0;
  while (i < n.length) {
    const marker = markers[mi];
    if (marker && marker.start === i) {
      i = marker.end;
      mi++;
      continue;
    }
    while (markers[mi] !== undefined && (markers[mi]?.start ?? 0) < i) mi++;
    const ch = n[i];
    if (ch === '《') {
      const c = bookClose[i + 1] ?? -1;
      if (c > i && c - i <= MAX_BOOK) bookUntil = Math.max(bookUntil, c);
      i++;
      continue;
    }
    if (ch !== undefined && QUOTES.has(ch) && i >= quoteUntil) {
      const c = quotedNameEnd(n, i);
      if (c > 0) quoteUntil = c;
      i++;
      continue;
    }
    // 十三五, 十四五: plan names
    if (ch === '十' && '一二三四五六'.includes(n[i + 1] ?? 'x') && n[i + 2] === '五' && !isCnNumeral(n[i + 3])) {
      i += 3;
      continue;
    }
    if (ch !== undefined && isAsciiDigit(ch.charCodeAt(0)) && !isAsciiDigit(n.charCodeAt(i - 1))) {
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
      i++;
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
  if (decided.exclude) return excluded(num, decided.exclude);
  const unit = decided.unit;
  const single = singleCharExclusion(n, num, unit !== null);
  if (single) return excluded(num, single);
  // Latin letters glued after the number, not as a unit: 5G, 3D, 531X
  if (!unit) {
    const nx = n.charCodeAt(num.end);
    if (isLatinLetter(nx)) return excluded(num, 'name');
  }
  let currency: ScannedNumber['currency'] = null;
  const prev = n[num.start - 1];
  if (prev === '¥' || prev === '$') currency = { start: num.start - 1, base: prev === '¥' ? '元' : '美元' };
  return { num, exclude: null, unit, currency, rangeFrom: null };
}

/** "5-10个", "5至10个", "1-8月", "2021-2025年": the first number shares the second's unit or exclusion. */
function linkRanges(n: string, list: ScannedNumber[]): void {
  for (let idx = 1; idx < list.length; idx++) {
    const a = list[idx - 1];
    const b = list[idx];
    if (!a || !b) continue;
    let k = a.unit ? a.unit.end : a.num.end;
    while (n[k] === ' ') k++;
    const sep = n[k];
    if (sep === undefined || !RANGE_SEPS.has(sep)) continue;
    k++;
    while (n[k] === ' ') k++;
    if (k !== b.num.start) continue;
    if (sep === '到' && a.unit) continue;
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
