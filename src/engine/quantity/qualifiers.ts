/** Qualifiers around a quantity: 以上/不低于 (atLeast), 以内/不超过 (atMost), 左右/约 (about) … */
import { C_CLAUSE_BREAK, classOf } from './char-table';
import type { Qualifier } from './types';

type Q = Exclude<Qualifier, null>;

const SUFFIXES: readonly (readonly [string, Q])[] = [
  ['及以上', 'atLeast'], ['以上', 'atLeast'], ['以内', 'atMost'], ['之内', 'atMost'], ['以下', 'atMost'],
  ['及以下', 'atMost'], ['左右', 'about'], ['上下', 'about'], ['内', 'atMost'], ['余', 'more'], ['多', 'more'],
];

/** Longest first, so 不超过 is not read as 超过. */
const PREFIXES: readonly (readonly [string, Q])[] = [
  ['不低于', 'atLeast'], ['不少于', 'atLeast'], ['不小于', 'atLeast'], ['至少', 'atLeast'], ['最少', 'atLeast'],
  ['不超过', 'atMost'], ['不高于', 'atMost'], ['不多于', 'atMost'], ['不大于', 'atMost'], ['最多', 'atMost'],
  ['至多', 'atMost'], ['控制在', 'atMost'], ['控制到', 'atMost'], ['压减到', 'atMost'], ['压减至', 'atMost'],
  ['压缩到', 'atMost'], ['压缩至', 'atMost'], ['缩短到', 'atMost'], ['缩短至', 'atMost'], ['整合到', 'atMost'],
  ['不到', 'under'], ['不足', 'under'], ['低于', 'under'], ['少于', 'under'], ['小于', 'under'],
  ['超过', 'over'], ['高于', 'over'], ['多于', 'over'], ['大于', 'over'], ['突破', 'over'], ['逾', 'over'], ['超', 'over'],
  ['达到', 'reach'], ['达', 'reach'], ['力争', 'strive'],
  ['大约', 'about'], ['约', 'about'], ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'],
];

/** Between a prefix and the number: 达到了, 控制在 … ("到 至 在 为 了"). */
const CONNECTORS: ReadonlySet<number> = new Set([...'到至在为了'].map((c) => c.charCodeAt(0)));
const STRIVE_WINDOW = 40;
/** 上下 followed by these is a noun (上下游, 上下级). */
const SHANGXIA_WORD = new Set(['游', '级', '联', '班', '同', '齐', '功', '一', '水', '层']);

type Words = readonly (readonly [string, Q])[];

/** Words grouped by one of their characters (first or last), each group in the original order. */
function byChar(words: Words, pick: (w: string) => string): ReadonlyMap<number, Words> {
  const m = new Map<number, (readonly [string, Q])[]>();
  for (const e of words) {
    const c = pick(e[0]).charCodeAt(0);
    const list = m.get(c) ?? [];
    list.push(e);
    m.set(c, list);
  }
  return m;
}

const SUFFIX_BY_FIRST = byChar(SUFFIXES, (w) => w.charAt(0));
const PREFIX_BY_LAST = byChar(PREFIXES, (w) => w.charAt(w.length - 1));
const NONE: Words = [];
const SPACE = 32;
const ZHENG = '争'.charCodeAt(0);
const LI = '力'.charCodeAt(0);

function suffixAt(n: string, end: number): Q | null {
  let k = end;
  while (n.charCodeAt(k) === SPACE) k++;
  for (const [w, q] of SUFFIX_BY_FIRST.get(n.charCodeAt(k)) ?? NONE) {
    if (n.startsWith(w, k)) {
      if (w === '上下' && SHANGXIA_WORD.has(n[k + 2] ?? '')) continue;
      return q;
    }
  }
  return null;
}

function prefixAt(n: string, start: number): Q | null {
  let k = start;
  while (k > 0 && n.charCodeAt(k - 1) === SPACE) k--;
  for (let skip = 0; skip <= 1; skip++) {
    const at = k - skip;
    if (skip === 1 && !CONNECTORS.has(n.charCodeAt(k - 1))) break;
    for (const [w, q] of PREFIX_BY_LAST.get(n.charCodeAt(at - 1)) ?? NONE) {
      if (at - w.length >= 0 && n.startsWith(w, at - w.length)) {
        if (w === '超' && n[at - 2] === '不') continue;
        if (w === '近' && (n[at - 2] === '最' || n[at - 2] === '接' || n[at - 2] === '将' || n[at - 2] === '附')) continue;
        return q;
      }
    }
  }
  return null;
}

/** 力争 earlier in the same clause. */
function striveInClause(n: string, start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= STRIVE_WINDOW; k--) {
    const c = n.charCodeAt(k);
    if (k >= n.length || (classOf(c) & C_CLAUSE_BREAK) !== 0) return false;
    if (c === ZHENG && n.charCodeAt(k - 1) === LI) return true;
  }
  return false;
}

const RANK: Readonly<Record<Q, number>> = {
  atLeast: 5, atMost: 5, over: 4, under: 4, about: 4, nearly: 4, more: 3, strive: 2, reach: 1,
};

/**
 * The qualifier of a quantity spanning [start, end) in the normalised text. Bounds after the number win
 * over words before it, which win over 余/多, then 力争 in the clause, then 达到.
 */
export function qualifierFor(n: string, start: number, end: number, innerApprox: boolean): Qualifier {
  let best = better(null, suffixAt(n, end));
  best = better(best, prefixAt(n, start));
  if (innerApprox) best = better(best, 'more');
  if ((best === null || RANK[best] < RANK.strive) && striveInClause(n, start)) best = better(best, 'strive');
  return best;
}

/** The higher-ranked of two qualifiers; the earlier one on a tie. */
function better(best: Q | null, c: Q | null): Q | null {
  if (c === null) return best;
  return best === null || RANK[c] > RANK[best] ? c : best;
}
