/**
 * List markers in ledger cells: "1." "2、" "(3)" "（一）" "一、" "①". They are numbering, never quantities.
 * Works on normalised text (see normalize-chars). "1.8月7日" is the marker "1." followed by a date; a
 * marker directly followed by a digit is accepted when a date follows or when the numbering continues.
 */
import { CHAR_CLASS, C_CN_DIGIT, C_MARKER_BOUNDARY, C_MARKER_CHAR, classOf } from './char-table';
import { CN_DIGIT, SMALL_UNIT, isAsciiDigit } from './numeral-chars';

export type MarkerStyle = 'arabicDot' | 'arabicComma' | 'arabicHalfParen' | 'arabicParen' | 'cnComma' | 'cnParen' | 'circled' | 'cnShi';

export interface ListMarker {
  start: number;
  end: number;
  value: number;
  style: MarkerStyle;
}

const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const LPAREN = '('.charCodeAt(0);
const FW_LPAREN = '（'.charCodeAt(0);
const SHI = '十'.charCodeAt(0);
const BOUNDARY = C_MARKER_BOUNDARY;
const MARKER_CHAR = C_MARKER_CHAR;

/** A marker may start at i: the start of the text or after a space, line break or sentence end. */
export function isBoundary(n: string, i: number): boolean {
  if (i === 0) return true;
  return (classOf(n.charCodeAt(i - 1)) & C_MARKER_BOUNDARY) !== 0;
}

/** Value of a short Chinese numeral used in numbering (一 … 九十九), or null. */
export function smallCnValue(s: string): number | null {
  if (s.length === 0 || s.length > 3) return null;
  let total = 0;
  let pending: number | null = null;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined && ch !== '两' && ch !== '零' && ch !== '〇') {
      if (pending !== null) return null;
      pending = d;
      continue;
    }
    if (SMALL_UNIT[ch] === 10 && ch === '十') {
      total += (pending ?? 1) * 10;
      pending = null;
      continue;
    }
    return null;
  }
  total += pending ?? 0;
  return total > 0 ? total : null;
}

function readDigits(n: string, i: number, max: number): number {
  let k = i;
  while (k < n.length && k - i < max && isAsciiDigit(n.charCodeAt(k))) k++;
  return k;
}

/** After "N." a date or period follows: 8月, 1-8月, 2021年, 9月3日. */
function dateAhead(n: string, i: number): boolean {
  const k = readDigits(n, i, 4);
  if (k === i) return false;
  const next = n[k];
  if (next === '月' || next === '日' || next === '号') return true;
  if (next === '年' && k - i === 4) return true;
  if (next === '-' || next === '~' || next === '至') {
    const k2 = readDigits(n, k + 1, 4);
    if (k2 > k + 1 && (n[k2] === '月' || n[k2] === '日')) return true;
  }
  return false;
}

const CIRCLED_START = 0x2460; // ①..⑳
const PAREN_DIGIT_START = 0x2474; // ⑴..⒇
const PAREN_CN_START = 0x3220; // ㈠..㈩
const DOT = '.'.charCodeAt(0);
const RPAREN = ')'.charCodeAt(0);
const FW_RPAREN = '）'.charCodeAt(0);
const DUN = '、'.charCodeAt(0);

/**
 * Candidate markers, and which of them are sure: an "N." followed by a digit is kept only when it continues
 * a numbering (see resolve). Kept candidates are returned as they are, not copied.
 */
interface Candidates {
  list: ListMarker[];
  unsure: boolean[];
}

function push(c: Candidates, start: number, end: number, value: number, style: MarkerStyle, sure: boolean): void {
  c.list.push({ start, end, value, style });
  c.unsure.push(!sure);
}

/** All list markers in the normalised text, in order. */
export function findListMarkers(n: string): ListMarker[] {
  const cands: Candidates = { list: [], unsure: [] };
  const classes = CHAR_CLASS;
  const len = n.length;
  let prevBoundary = true; // the start of the text is a boundary
  for (let i = 0; i < len; i++) {
    const code = n.charCodeAt(i);
    const cls = classes[code] ?? 0;
    const atBoundary = prevBoundary;
    prevBoundary = (cls & BOUNDARY) !== 0;
    if (!atBoundary && (cls & MARKER_CHAR) === 0) continue;
    if (code >= CIRCLED_START && code < CIRCLED_START + 20) {
      push(cands, i, i + 1, code - CIRCLED_START + 1, 'circled', true);
      continue;
    }
    if (code >= PAREN_DIGIT_START && code < PAREN_DIGIT_START + 20) {
      push(cands, i, i + 1, code - PAREN_DIGIT_START + 1, 'arabicParen', true);
      continue;
    }
    if (code >= PAREN_CN_START && code < PAREN_CN_START + 10) {
      push(cands, i, i + 1, code - PAREN_CN_START + 1, 'cnParen', true);
      continue;
    }
    if (code === LPAREN || code === FW_LPAREN) {
      let c = -1;
      for (let q = i + 2; q <= i + 4 && q < n.length; q++) {
        const qc = n.charCodeAt(q);
        if (qc === RPAREN || qc === FW_RPAREN) { c = q; break; }
      }
      if (c > i + 1) {
        const inner = n.slice(i + 1, c).trim();
        if (ONE_OR_TWO_DIGITS.test(inner)) {
          push(cands, i, c + 1, Number(inner), 'arabicParen', true);
        } else {
          const v = smallCnValue(inner);
          if (v !== null) push(cands, i, c + 1, v, 'cnParen', true);
        }
      }
      continue;
    }
    if (!atBoundary) continue;
    if (isAsciiDigit(code)) {
      const k = readDigits(n, i, 3);
      if (k - i > 2) continue;
      // Number(n.slice(i, k)) for one or two ASCII digits.
      const value = k - i === 1 ? code - 48 : (code - 48) * 10 + (n.charCodeAt(i + 1) - 48);
      const sep = n.charCodeAt(k);
      if (value === 0) continue;
      if (sep === DUN) push(cands, i, k + 1, value, 'arabicComma', true);
      else if (sep === RPAREN || sep === FW_RPAREN) push(cands, i, k + 1, value, 'arabicHalfParen', true);
      else if (sep === DOT) {
        if (!isAsciiDigit(n.charCodeAt(k + 1))) {
          push(cands, i, k + 1, value, 'arabicDot', true);
        } else {
          push(cands, i, k + 1, value, 'arabicDot', dateAhead(n, k + 1));
        }
      }
      continue;
    }
    // 一、 二、 十二、
    if ((cls & C_CN_DIGIT) === 0 && code !== SHI) continue;
    let k = i;
    while (k < n.length && k - i < 3 && (CN_DIGIT[n[k] ?? ''] !== undefined || n[k] === '十')) k++;
    if (k > i && n.charCodeAt(k) === DUN) {
      const v = smallCnValue(n.slice(i, k));
      if (v !== null) push(cands, i, k + 1, v, 'cnComma', true);
    }
  }
  return resolve(cands);
}

/** Keeps sure markers, and "N." markers followed by a digit when they continue a numbering. */
function resolve(cands: Candidates): ListMarker[] {
  const { list, unsure } = cands;
  if (list.length === 0) return list;
  let allSure = true;
  for (const u of unsure) if (u) allSure = false;
  if (allSure) return list;
  const out: ListMarker[] = [];
  let lastDot = 0;
  let lastTwo = -1;
  list.forEach((o, j) => { if (o.style === 'arabicDot' && o.value === 2) lastTwo = j; });
  for (let idx = 0; idx < list.length; idx++) {
    const c = list[idx];
    if (c === undefined) continue;
    let keep = unsure[idx] !== true;
    if (!keep && c.style === 'arabicDot') {
      if (c.value === lastDot + 1 && lastDot > 0) keep = true;
      else if (c.value === 1) {
        keep = lastTwo > idx;
      }
    }
    if (keep) {
      out.push(c);
      if (c.style === 'arabicDot') lastDot = c.value;
    }
  }
  return out;
}
