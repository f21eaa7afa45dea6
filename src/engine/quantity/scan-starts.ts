/**
 * Position tests of the number scan, on normalised text and by UTF-16 code (no per-character strings):
 * can a numeral start here, does a separated date or a clock time start here, is this quote a short name.
 */
import { C_ASCII_DIGIT, C_CJK, C_CN_DIGIT, C_CN_NUMERAL, C_QUOTE, classOf } from './char-table';
import { isAsciiDigit, isLatinLetter } from './numeral-chars';
import { matchUnit } from './unit-match';
import { BAI, BAI_FIN, BAN, CHENG, COLON, DOT, DUO, FEN, FU, FULL_STOP, FW_COLON, HYPHEN, LING, NEWLINE, QIAN, QIAN_FIN, SHI, SHI_FIN, SLASH, SPACE, WAN, YI, YU, YUE } from './char-codes';

const MAX_QUOTE = 12;
/** Before a bare 百 or 千 these make it a figure: 近千人次, 上百家, 逾千名, 超千户. */
const APPROX_BEFORE = '近上逾超';
/** 线上, 网上, 以上 are other words: 线上千人大会. */
const NOT_BEFORE_SHANG = '线网以之向';

function approxBefore(n: string, i: number): boolean {
  const p = n[i - 1];
  if (p === undefined || !APPROX_BEFORE.includes(p)) return false;
  return p !== '上' || !NOT_BEFORE_SHANG.includes(n[i - 2] ?? '-');
}

/** 近千万元, 超千亿元: 万 or 亿 after the bare 百/千 — not 千亿级 (a scale, not an amount). */
function bigUnitFigure(n: string, j: number): boolean {
  const c = n.charCodeAt(j);
  return (c === WAN || c === YI) && n[j + 1] !== '级';
}
/**
 * 突破百亿元, 千亿元产值: a bare 百/千 with 万/亿 and then a currency is an amount without an
 * approximating word before it. Not with a counter or a measure (百万人口, 百万亩国土绿化行动 and
 * 千万工程 are names and descriptions), and not before 级 (千亿元级产业集群: a scale).
 */
function bigAmountAhead(n: string, j: number): boolean {
  if (!bigUnitFigure(n, j)) return false;
  const hit = matchUnit(n, j + 1);
  return hit !== null && hit.entry.kind === 'amount' && n[hit.end] !== '级';
}

/** Before 负 these keep it a sign (为负3%), other Chinese characters make it a word (减负). */
const SIGN_PREV = '为是至到达长降了';
const DATE_TAIL = new Set(['前', '底', '起', '止', '至', '以', '末', '-', '~', ' ', '，', ',', '。', '）', ')', '\n']);

/** A numeral may start at i. */
export function canStart(n: string, i: number): boolean {
  const c = n.charCodeAt(i);
  const cls = classOf(c);
  if ((cls & C_ASCII_DIGIT) !== 0) return true;
  const nx = n.charCodeAt(i + 1);
  if (c === DOT || c === HYPHEN) {
    const prev = n.charCodeAt(i - 1);
    if (isAsciiDigit(prev) || isLatinLetter(prev) || prev === DOT) return false;
    if (c === HYPHEN && nx === DOT) return isAsciiDigit(n.charCodeAt(i + 2));
    return isAsciiDigit(nx);
  }
  if (c === FU) {
    if (!isAsciiDigit(nx) && (classOf(nx) & C_CN_NUMERAL) === 0) return false;
    return i === 0 || (classOf(n.charCodeAt(i - 1)) & C_CJK) === 0 || SIGN_PREV.includes(n[i - 1] ?? '');
  }
  if ((cls & C_CN_DIGIT) !== 0 || c === SHI || c === SHI_FIN) return true;
  if (c === BAI || c === QIAN || c === BAI_FIN || c === QIAN_FIN || c === WAN) {
    if (nx === FEN || nx === SPACE) return true; // 百分之 / 千分之 / 万分之
    if (c === WAN) return false;
    if (nx === YU || nx === DUO) return true; // 百余家
    if (approxBefore(n, i) && ((classOf(nx) & C_CN_NUMERAL) === 0 || bigUnitFigure(n, i + 1))) return true; // 近千人, 上百家
    if ((c === BAI || c === QIAN) && bigAmountAhead(n, i + 1)) return true; // 突破百亿元
    return (classOf(nx) & C_CN_DIGIT) !== 0 && nx !== LING && (classOf(n.charCodeAt(i + 2)) & C_CN_NUMERAL) === 0;
  }
  if (c === BAN) return nx === BAI || nx === CHENG;
  return false;
}

function isDateSep(c: number): boolean {
  return c === HYPHEN || c === SLASH || c === DOT;
}

/** "2021-09-30", "2021/9/30", "2021.9.30", "2021.9前": a date written with separators; returns its end. */
export function dateEnd(n: string, i: number): number {
  const c0 = n.charCodeAt(i);
  const c1 = n.charCodeAt(i + 1);
  // (19|20)\d\d
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return -1;
  if (!isAsciiDigit(n.charCodeAt(i + 2)) || !isAsciiDigit(n.charCodeAt(i + 3)) || isAsciiDigit(n.charCodeAt(i + 4))) return -1;
  const sep = n.charCodeAt(i + 4);
  if (!isDateSep(sep)) return -1;
  let k = i + 5;
  const m0 = k;
  let month = 0;
  while (k < n.length && k - m0 < 2 && isAsciiDigit(n.charCodeAt(k))) {
    month = month * 10 + n.charCodeAt(k) - 48;
    k++;
  }
  if (k === m0 || isAsciiDigit(n.charCodeAt(k))) return -1;
  if (month < 1 || month > 12) return -1;
  if (n.charCodeAt(k) === sep) {
    const d0 = k + 1;
    let q = d0;
    while (q < n.length && q - d0 < 2 && isAsciiDigit(n.charCodeAt(q))) q++;
    if (q > d0 && !isAsciiDigit(n.charCodeAt(q))) return q;
  }
  if (sep !== DOT) return k;
  const tail = n[k];
  return tail === undefined || DATE_TAIL.has(tail) || n.charCodeAt(k) === YUE ? k : -1;
}

/** "20:00", "9:30": a clock time; returns its end. */
export function clockEnd(n: string, i: number): number {
  let k = i;
  while (k < n.length && k - i < 2 && isAsciiDigit(n.charCodeAt(k))) k++;
  const sep = n.charCodeAt(k);
  if (k === i || (sep !== COLON && sep !== FW_COLON)) return -1;
  if (!isAsciiDigit(n.charCodeAt(k + 1)) || !isAsciiDigit(n.charCodeAt(k + 2)) || isAsciiDigit(n.charCodeAt(k + 3))) return -1;
  return k + 3;
}

/** A short quoted span holding a numeral and other words is a name or slogan (“六个千亿”, “4+1”). */
export function quotedNameEnd(n: string, i: number): number {
  let c = -1;
  for (let k = i + 1; k < n.length && k - i <= MAX_QUOTE; k++) {
    const ch = n.charCodeAt(k);
    if ((classOf(ch) & C_QUOTE) !== 0) { c = k; break; }
    if (ch === NEWLINE || ch === FULL_STOP) break;
  }
  if (c < 0) return -1;
  let numeral = false;
  let word = false;
  for (let k = i + 1; k < c; k++) {
    const ch = n.charCodeAt(k);
    const cls = classOf(ch);
    if ((cls & (C_ASCII_DIGIT | C_CN_NUMERAL)) !== 0) numeral = true;
    else if ((cls & C_CJK) !== 0 || ch === 43 || isLatinLetter(ch)) word = true;
  }
  return numeral && word ? c : -1;
}
