/** Qualifiers around a quantity: 以上/不低于 (atLeast), 以内/不超过 (atMost), 左右/约 (about) … */
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

const CONNECTORS = new Set(['到', '至', '在', '为', '了']);
const CLAUSE_BREAK = new Set(['。', '；', ';', '！', '!', '？', '?', '\n', '，', ',']);
const STRIVE_WINDOW = 40;
/** 上下 followed by these is a noun (上下游, 上下级). */
const SHANGXIA_WORD = new Set(['游', '级', '联', '班', '同', '齐', '功', '一', '水', '层']);

function suffixAt(n: string, end: number): Q | null {
  let k = end;
  while (n[k] === ' ') k++;
  for (const [w, q] of SUFFIXES) {
    if (n.startsWith(w, k)) {
      if (w === '上下' && SHANGXIA_WORD.has(n[k + 2] ?? '')) continue;
      return q;
    }
  }
  return null;
}

function prefixAt(n: string, start: number): Q | null {
  let k = start;
  while (k > 0 && n[k - 1] === ' ') k--;
  for (let skip = 0; skip <= 1; skip++) {
    const at = k - skip;
    if (skip === 1 && !CONNECTORS.has(n[k - 1] ?? '')) break;
    for (const [w, q] of PREFIXES) {
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
    const ch = n[k];
    if (ch === undefined || CLAUSE_BREAK.has(ch)) return false;
    if (ch === '争' && n[k - 1] === '力') return true;
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
  const candidates: Q[] = [];
  const s = suffixAt(n, end);
  if (s) candidates.push(s);
  const p = prefixAt(n, start);
  if (p) candidates.push(p);
  if (innerApprox) candidates.push('more');
  if (striveInClause(n, start)) candidates.push('strive');
  let best: Q | null = null;
  for (const c of candidates) {
    if (best === null || RANK[c] > RANK[best]) best = c;
  }
  return best;
}
