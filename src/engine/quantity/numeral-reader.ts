/**
 * Reads one numeral expression (Arabic, Chinese or mixed, with 万/亿 magnitudes, decimals, fractions and
 * 百分之 prefixes) starting at a position of the normalised text. Pure and allocation-light: one pass over
 * the characters it consumes, plus a bounded look-ahead.
 */
import { readArabic } from './arabic-reader';
import { charAt } from './char-table';
import type { CoreResult } from './numeral-core';
import { readCore, skipSpaces } from './numeral-core';
import { isAsciiDigit, isCnNumeral } from './numeral-chars';
import { BAI, BAI_FIN, FEN, FU, HYPHEN, QIAN, QIAN_FIN, SPACE, WAN, YOU, ZHI } from './char-codes';

export type PercentPrefix = '%' | '‰' | '‱';

/** A numeral read from text: the core reading plus where it starts, fractions, percent prefixes and sign. */
export interface Numeral extends Omit<CoreResult, 'end'> {
  start: number;
  /** Start of the number itself: after a 百分之 prefix, else start. */
  valueStart: number;
  end: number;
  fraction: boolean;
  percentPrefix: PercentPrefix | null;
  negative: boolean;
}

/** Reads "分之" (spaces allowed around the characters) at j; returns the index after it, or -1. */
function readFenZhi(n: string, j: number): number {
  let k = skipSpaces(n, j);
  if (n.charCodeAt(k) !== FEN) return -1;
  k = skipSpaces(n, k + 1);
  if (n.charCodeAt(k) !== ZHI) return -1;
  return skipSpaces(n, k + 1);
}

const SIGN_AFTER = new Set(['为', '是', '至', '到', '达', '长', '降', '了', '之']);

function isCjkChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff;
}

function signAt(n: string, k: number): number {
  const c = n.charCodeAt(k);
  if (c !== FU && c !== HYPHEN) return 0;
  const ch = n[k];
  if (ch === '负') {
    // 负三十二, 为负3%; but 减负2700亿元 and 担负 are words, not signs.
    const prev = charAt(n, k - 1);
    return prev === undefined || !isCjkChar(prev) || SIGN_AFTER.has(prev) ? 1 : 0;
  }
  if (ch === '-') {
    const prev = charAt(n, k - 1);
    if (prev !== undefined) {
      const pc = prev.charCodeAt(0);
      if (isAsciiDigit(pc) || (pc >= 65 && pc <= 90) || (pc >= 97 && pc <= 122) || prev === ')' || prev === '-' || prev === '%' || prev === '‰' || isCnNumeral(prev)) return 0;
    }
    const nx = n[k + 1];
    if (nx !== undefined && (isAsciiDigit(nx.charCodeAt(0)) || (nx === '.' && isAsciiDigit(n.charCodeAt(k + 2))))) return 1;
  }
  return 0;
}

/** 百分之 -> %, 千分之 -> ‰, 万分之 -> ‱ (financial forms too). */
function percentPrefixOf(c: number): PercentPrefix | null {
  if (c === BAI || c === BAI_FIN) return '%';
  if (c === QIAN || c === QIAN_FIN) return '‰';
  return c === WAN ? '‱' : null;
}

function emptyNumeral(start: number): Numeral {
  return {
    start, valueStart: start, end: start, value: 0, hasArabic: false, hasChinese: false, plainArabic: false, intDigits: 0,
    grouped: false, isInteger: true, digitString: false, vague: false, tailScale: 1, hasBigUnit: false,
    fraction: false, percentPrefix: null, approx: false, cnChars: 0, negative: false,
  };
}

/** A signed core: 负三十二, -3.5, 三十二. */
function readSigned(n: string, orig: string, j: number): Numeral | null {
  const s = signAt(n, j);
  return readCore(n, orig, j + s, j, s === 1);
}

/**
 * Reads the numeral expression starting exactly at j, or null. Handles sign, 百分之/千分之/万分之 prefixes,
 * Chinese fractions (三分之一, 3又一千分之23), slash fractions (1/3, 1 4/3).
 */
export function readNumeral(n: string, orig: string, j: number): Numeral | null {
  if (j >= n.length) return null;
  const ch = n.charCodeAt(j);

  // 百分之X / 千分之X / 万分之X (not after a numeral: "一百分之二" is a plain fraction)
  const pp = percentPrefixOf(ch);
  if (pp !== null && !isCnNumeral(charAt(n, j - 1))) {
    const after = readFenZhi(n, j + 1);
    if (after > 0) {
      const inner = readSigned(n, orig, after);
      if (inner && !inner.vague && !inner.digitString) {
        return { ...inner, start: j, valueStart: inner.start, percentPrefix: pp };
      }
      if (inner && (inner.vague || inner.digitString)) {
        return { ...inner, start: j, valueStart: inner.start, percentPrefix: pp, vague: true };
      }
    }
    if (ch === BAI && n[j + 1] === '分' && n[j + 2] === '之' && n[j + 3] === '百') {
      // 百分之百
      return { ...emptyNumeral(j), valueStart: j + 3, end: j + 4, value: 100, hasChinese: true, cnChars: 4, percentPrefix: '%' };
    }
  }

  const first = readSigned(n, orig, j);
  if (!first) return null;
  if (first.vague || first.digitString) return first;

  // Chinese fraction: A分之B
  const fz = readFenZhi(n, first.end);
  if (fz > 0) {
    const num = readSigned(n, orig, fz);
    if (num && !num.vague && !num.digitString && first.value !== 0) {
      const value = num.value / first.value;
      return {
        ...first, end: num.end, value, negative: value < 0,
        fraction: true, hasArabic: first.hasArabic || num.hasArabic, hasChinese: true, plainArabic: false,
        isInteger: Number.isInteger(value), cnChars: first.cnChars + num.cnChars + 2, tailScale: 1, hasBigUnit: false,
      };
    }
  }

  // Mixed number: A又B分之C
  {
    const k = skipSpaces(n, first.end);
    if (n.charCodeAt(k) === YOU) {
      const q = skipSpaces(n, k + 1);
      const frac = readSigned(n, orig, q);
      if (frac && !frac.vague) {
        const fz2 = readFenZhi(n, frac.end);
        if (fz2 > 0) {
          const num = readSigned(n, orig, fz2);
          if (num && frac.value !== 0) {
            const mag = Math.abs(first.value) + num.value / frac.value;
            return {
              ...first, end: num.end, value: first.negative ? -mag : mag, fraction: true, plainArabic: false,
              hasArabic: first.hasArabic || frac.hasArabic || num.hasArabic, hasChinese: true,
              isInteger: Number.isInteger(mag), tailScale: 1,
            };
          }
        }
      }
    }
  }

  // Slash fraction 1/3 and mixed 1 4/3: integers only, not dates (2021/9/30).
  if (first.plainArabic && first.isInteger && !first.grouped) {
    const slashFrac = readSlashFraction(n, orig, first.end);
    if (slashFrac) {
      return { ...first, end: slashFrac.end, value: first.value / slashFrac.den, fraction: true, plainArabic: false, isInteger: false, tailScale: 1 };
    }
    // "1 4/3": integer, one space, a slash fraction
    if (n.charCodeAt(first.end) === SPACE && isAsciiDigit(n.charCodeAt(first.end + 1))) {
      const second = readArabic(n, orig, first.end + 1);
      if (second && second.isInteger && !second.grouped) {
        const sf = readSlashFraction(n, orig, second.end);
        if (sf) {
          const mag = Math.abs(first.value) + second.value / sf.den;
          return { ...first, end: sf.end, value: first.negative ? -mag : mag, fraction: true, plainArabic: false, isInteger: false, tailScale: 1 };
        }
      }
    }
  }
  return first;
}

/** "/5" after an integer: returns the denominator when it is a clean fraction, not a date or a unit ratio. */
function readSlashFraction(n: string, orig: string, k: number): { end: number; den: number } | null {
  if (n[k] !== '/') return null;
  if (charAt(n, k - 2) === '/' || charAt(n, k - 3) === '/' || charAt(n, k - 4) === '/' || charAt(n, k - 5) === '/') return null;
  const d = readArabic(n, orig, k + 1);
  if (!d || !d.isInteger || d.grouped || d.value === 0) return null;
  if (n[d.end] === '/' || n[d.end] === '.' || n[d.end] === '-') return null; // 2021/9/30
  const after = n[d.end];
  if (after === '前' || after === '日' || after === '号' || after === '至') return null;
  return { end: d.end, den: d.value };
}
