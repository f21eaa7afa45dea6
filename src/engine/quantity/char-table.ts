/**
 * Per-UTF-16-unit lookup tables for the hot scanning loops: one typed-array read per character instead of
 * a one-character string, a Set or a Record lookup. Built once from the character tables of numeral-chars.
 */
import { BIG_UNIT, CN_DIGIT, SMALL_UNIT } from './numeral-chars';

export const C_ASCII_DIGIT = 1;
export const C_CN_DIGIT = 2;
export const C_SMALL_UNIT = 4;
export const C_BIG_UNIT = 8;
/** Any Chinese numeral character: digit, small or big unit (isCnNumeral). */
export const C_CN_NUMERAL = C_CN_DIGIT | C_SMALL_UNIT | C_BIG_UNIT;
/** Before these a list marker may start (list-markers). */
export const C_MARKER_BOUNDARY = 16;
/** Quotes that open or close a quoted name (scan-numbers). */
export const C_QUOTE = 32;
/** Characters at which the number scan has anything to do; all others are skipped. */
export const C_SCAN = 64;
/** Clause breaks for 力争 look-back (qualifiers). */
export const C_CLAUSE_BREAK = 128;
/** CJK Unified Ideograph (BMP part). */
export const C_CJK = 256;
/** Characters that start a list marker anywhere, not only at a boundary: ( （ ① ⑴ ㈠. */
export const C_MARKER_CHAR = 512;

const SIZE = 0x10000;

function codesOf(chars: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < chars.length; i++) out.push(chars.charCodeAt(i));
  return out;
}

function buildClasses(): Uint16Array {
  const t = new Uint16Array(SIZE);
  const set = (chars: string, flag: number): void => {
    for (const c of codesOf(chars)) t[c] = (t[c] ?? 0) | flag;
  };
  for (let c = 48; c <= 57; c++) t[c] = (t[c] ?? 0) | C_ASCII_DIGIT | C_SCAN;
  for (let c = 0x4e00; c <= 0x9fff; c++) t[c] = (t[c] ?? 0) | C_CJK;
  set(Object.keys(CN_DIGIT).join(''), C_CN_DIGIT);
  set(Object.keys(SMALL_UNIT).join(''), C_SMALL_UNIT);
  set(Object.keys(BIG_UNIT).join(''), C_BIG_UNIT);
  set(' \n\r。；;！!？?|:：\u2028\u2029', C_MARKER_BOUNDARY);
  set('“”"「」『』‘’', C_QUOTE);
  set('(（', C_MARKER_CHAR);
  for (let c = 0x2460; c < 0x2460 + 40; c++) t[c] = (t[c] ?? 0) | C_MARKER_CHAR; // ①..⑳, ⑴..⒇
  for (let c = 0x3220; c < 0x3220 + 10; c++) t[c] = (t[c] ?? 0) | C_MARKER_CHAR; // ㈠..㈩
  set('。；;！!？?\n，,', C_CLAUSE_BREAK);
  // Everything scanNumbers reacts to: book titles, quotes, 十三五, digits, and what canStart accepts.
  set('《“”"「」『』‘’.-负十拾百千佰仟万半', C_SCAN);
  set(Object.keys(CN_DIGIT).join(''), C_SCAN);
  return t;
}

export const CHAR_CLASS: Uint16Array = buildClasses();

function buildDigitValues(): Int8Array {
  const t = new Int8Array(SIZE).fill(-1);
  for (const [ch, v] of Object.entries(CN_DIGIT)) t[ch.charCodeAt(0)] = v;
  return t;
}

/** Value of a Chinese digit character (CN_DIGIT), -1 for any other unit. */
export const CN_DIGIT_VALUE: Int8Array = buildDigitValues();

function buildMagnitudes(): Float64Array {
  const t = new Float64Array(SIZE);
  for (const [ch, v] of Object.entries(SMALL_UNIT)) t[ch.charCodeAt(0)] = v;
  for (const [ch, v] of Object.entries(BIG_UNIT)) t[ch.charCodeAt(0)] = v;
  return t;
}

/** Value of a small (十百千) or big (万亿兆) unit character, 0 for any other unit; see the class flags. */
export const MAGNITUDE: Float64Array = buildMagnitudes();

/** Class flags of a code unit; 0 for NaN (charCodeAt outside the string), without a keyed load on NaN. */
export function classOf(c: number): number {
  return c >= 0 ? CHAR_CLASS[c] ?? 0 : 0;
}

/** n[i] without the slow property lookup V8 does for a negative index: undefined outside the string. */
export function charAt(n: string, i: number): string | undefined {
  return i >= 0 && i < n.length ? n[i] : undefined;
}
