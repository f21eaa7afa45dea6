/** Longest unit match after a number, on normalised text: "余张", "个 百 分 点", "万吨/年", "吨半". */
import { isAsciiDigit, isLatinLetter } from './numeral-chars';
import type { TrieNode, UnitEntry } from './unit-table';
import { PER_UNITS, UNIT_TRIE } from './unit-table';

export interface UnitHit {
  /** Where the unit text ends (after compound "/年", trailing 半, 角分 …). */
  end: number;
  entry: UnitEntry;
  base: string;
  /** 余/多/来 between the number and the unit (3000余张). */
  approx: boolean;
  /** Value to add in the unit's own scale: 一吨半 -> 0.5, 50元6角三分 -> 0.63. */
  add: number;
}

const MAX_SPACES = 4;
const SPACE = 32;
const YU = '余'.charCodeAt(0);
const DUO = '多'.charCodeAt(0);
const LAI = '来'.charCodeAt(0);
const SLASH = '/'.charCodeAt(0);
const BAN = '半'.charCodeAt(0);
const CJK_OR_DIGIT = /[\u4e00-\u9fff0-9]/;

function skipSpaces(n: string, j: number): number {
  let k = j;
  while (k < n.length && k - j < MAX_SPACES && n.charCodeAt(k) === SPACE) k++;
  return k;
}

/** Walks the trie from j; spaces are allowed between the characters of a unit ("个 百 分 点"). */
export function longestUnit(n: string, j: number, root: TrieNode = UNIT_TRIE): { entry: UnitEntry; end: number } | null {
  let node: TrieNode | undefined = root;
  let bestEntry: UnitEntry | null = null;
  let bestEnd = j;
  let k = j;
  let first = true;
  while (node && k < n.length) {
    let q = k;
    if (!first && n.charCodeAt(q) === SPACE) q = skipSpaces(n, q);
    if (q >= n.length) break;
    const ch = n.charCodeAt(q);
    const next: TrieNode | undefined = node.children.get(ch);
    if (!next) break;
    node = next;
    k = q + 1;
    first = false;
    if (node.entry) {
      bestEntry = node.entry;
      bestEnd = k;
    }
  }
  if (bestEntry === null) return null;
  if (bestEntry.latin) {
    const after = n.charCodeAt(bestEnd);
    if (isLatinLetter(after) || isAsciiDigit(after)) {
      // "m2"/"km2" are in the trie; anything else glued to letters is a code name, not a unit.
      return null;
    }
  }
  return { entry: bestEntry, end: bestEnd };
}

const SIMPLE_CN_DIGIT: Readonly<Record<string, number>> = {
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

function digitAt(n: string, k: number): number | null {
  const ch = n[k];
  if (ch === undefined) return null;
  const c = ch.charCodeAt(0);
  if (isAsciiDigit(c) && !isAsciiDigit(n.charCodeAt(k + 1))) return c - 48;
  return SIMPLE_CN_DIGIT[ch] ?? null;
}

/** Unit after a number ending at j (spaces and 余/多/来 allowed in between), with its suffixes. */
export function matchUnit(n: string, j: number): UnitHit | null {
  let k = skipSpaces(n, j);
  let approx = false;
  const ch = n.charCodeAt(k);
  if (ch === YU || ch === DUO || ch === LAI) {
    const q = skipSpaces(n, k + 1);
    if (longestUnit(n, q)) {
      approx = true;
      k = q;
    }
  }
  const hit = longestUnit(n, k);
  if (!hit) return null;
  let end = hit.end;
  let base = hit.entry.base;
  let add = 0;
  const kind = hit.entry.kind;

  if (kind !== 'exclude' && kind !== 'rate') {
    // Compound "/年", "/小时": 30万吨/年, 蒸吨/小时, 元/吨
    if (n.charCodeAt(end) === SLASH) {
      for (const per of PER_UNITS) {
        if (n.startsWith(per, end + 1)) {
          const after = n.charCodeAt(end + 1 + per.length);
          if (isLatinLetter(after)) continue;
          base = `${base}/${per}`;
          end = end + 1 + per.length;
          break;
        }
      }
    }
  }
  if (base === '成' && n[end] !== '半') {
    // 七成六, 七成 六: 7.6成
    const q = n[end] === ' ' ? end + 1 : end;
    const d = SIMPLE_CN_DIGIT[n[q] ?? ''];
    const after = n[q + 1];
    if (d !== undefined && (after === undefined || !CJK_OR_DIGIT.test(after))) {
      add = d / 10;
      end = q + 1;
    }
  } else if ((kind === 'measure' || kind === 'duration' || base === '成') && n.charCodeAt(end) === BAN && !base.includes('/')) {
    // 一吨半, 两年半, 三成半
    add = 0.5;
    end += 1;
  } else if (base === '个' && n.charCodeAt(end) === BAN) {
    // 两个半月 -> 2.5 个月, 一个半小时 -> 1.5 小时
    const inner = longestUnit(n, end + 1);
    if (inner && (inner.entry.kind === 'duration' || inner.entry.base === '月')) {
      add = 0.5;
      end = inner.end;
      base = inner.entry.base === '月' ? '个月' : inner.entry.base;
      return { end, entry: { ...inner.entry, kind: 'duration', base }, base, approx, add };
    }
  }
  if (base === '元' && hit.entry.written === '元') {
    // 8亿元人民币; 50元6角三分
    if (n.startsWith('人民币', end)) end += 3;
    else {
      const jiao = digitAt(n, end);
      if (jiao !== null && n[end + 1] === '角') {
        add += jiao / 10;
        end += 2;
        const fen = digitAt(n, end);
        if (fen !== null && n[end + 1] === '分') {
          add += fen / 100;
          end += 2;
        }
      }
    }
  }
  return { end, entry: hit.entry, base, approx, add };
}
