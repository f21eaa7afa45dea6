/**
 * Context around a numeral that decides whether it is a quantity-number: ordinals (第二批), years and
 * dates, document numbers (〔2021〕11号), code names (5G, 4+1, 531X), slogans (“六个千亿”), idioms (一批).
 */
import { C_CN_NUMERAL, charAt, classOf } from './char-table';
import { NEUTRAL_AFTER, NEUTRAL_BEFORE, SLOGAN_AFTER_GE, coveredByIdiom } from './idioms';
import type { Numeral } from './numeral-reader';
import { CN_DIGIT, FINANCIAL_CHARS, isAsciiDigit, isCjk, isCnNumeral, isLatinLetter } from './numeral-chars';
import type { NotQuantityReason } from './unit-table';
import type { UnitHit } from './unit-match';
import { BAI, DI, DOT, HASH, JI, PLUS, QIAN, SHI, SHU, SPACE, UNDERSCORE, WAN } from './char-codes';

export type Exclusion = NotQuantityReason | 'idiom' | 'vague' | 'notNumber';

/** 成 followed by these is a word (成为, 成立, 成效 …), not the rate "X成". */
const CHENG_WORD_NEXT = new Set('为立功果效本员交品都熟绩就长型片套批规事材龙渝年像分色活形全倍'.split(''));
/** 分 followed by these is a word (分类, 分批 …), not points. */
const FEN_WORD_NEXT = new Set('之别类工批期布析配红层级区组解散享担流段项'.split(''));
/** Counters that also start ordinary words after a financial numeral (陆部 in 登陆部队, 拾起). */
const WORDY_COUNTERS = new Set('部起队门块头间场支位对双只片批层轮种类分度期名地节班组条本口件处道'.split(''));
const DAY_AS_DURATION = /^(内|以内|之内|左右|以上)/;
const JI_LEVEL = '级'.charCodeAt(0);
/** Words after "N期" that make it a phase (二期工程). */
const PHASE_NEXT = ['工程', '项目', '建设', '扩建', '改造', '工作'];

export function prevNonSpace(n: string, i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && n[k] === ' ') k--;
  return k >= 0 ? n[k] : undefined;
}

export function isYearLike(num: Numeral): boolean {
  if (num.plainArabic && num.isInteger && !num.grouped && num.intDigits === 4) {
    return num.value >= 1900 && num.value <= 2099;
  }
  return num.digitString && num.end - num.start === 4;
}

/**
 * Decides whether the unit after a numeral makes it a quantity (the unit), a non-quantity (the reason), or
 * neither (null). One value, not a pair object per numeral.
 */
export function unitDecision(n: string, num: Numeral, hit: UnitHit | null): UnitHit | Exclusion | null {
  if (!hit) return null;
  const e = hit.entry;
  const w = e.written;
  if (e.kind === 'exclude') {
    if (e.contextual) {
      // "三次会议" after 届 is a session number; "召开3次会议" is a count.
      const back = n.slice(Math.max(0, num.start - 8), num.start);
      if (back.includes('届')) return 'ordinal';
      const ci = n.indexOf('次', num.end);
      const count: UnitHit = { ...hit, end: ci + 1, entry: { written: '次', base: '次', kind: 'count' }, base: '次' };
      return count;
    }
    if (e.reason === 'clock' && w === '点' && !num.hasArabic) return null;
    return e.reason ?? 'notNumber';
  }
  if (e.kind === 'duration' && w === '年') {
    if (isYearLike(num)) return 'year';
    return hit;
  }
  if (w === '日') {
    const prev = prevNonSpace(n, num.start);
    if (prev === '月') return 'day';
    if (DAY_AS_DURATION.test(n.slice(hit.end, hit.end + 4))) return hit;
    if (num.isInteger && num.value >= 1 && num.value <= 31) return 'day';
    return hit;
  }
  if (w === '期') {
    if (!num.hasArabic) return 'ordinal';
    for (const p of PHASE_NEXT) if (n.startsWith(p, hit.end)) return 'ordinal';
    return hit;
  }
  if (w === '成') {
    const nx = n[hit.end];
    if (nx !== undefined && CHENG_WORD_NEXT.has(nx)) return null;
    return hit;
  }
  if (w === '方') {
    return num.hasBigUnit ? hit : null;
  }
  if (w === '分') {
    const nx = n[hit.end];
    if (nx !== undefined && FEN_WORD_NEXT.has(nx)) return null;
    if (!num.hasArabic && num.cnChars === 1) return null;
    return hit;
  }
  if (w === '列') {
    const afterLie = n[hit.end];
    if (afterLie !== undefined && '入为出表举'.includes(afterLie)) return null;
  }
  if (w === 'm') {
    return num.plainArabic ? hit : null;
  }
  if (w === '度' && !num.hasArabic && num.cnChars === 1) return null;
  if (e.base === '个' && w === '个') {
    // By code: isCnNumeral(n[k]) is the class test, without a string per character.
    if ((classOf(n.charCodeAt(hit.end)) & C_CN_NUMERAL) !== 0) {
      // 六个千亿 (a programme name) but 3个千亿级集群 (a count of clusters of that scale)
      let k = hit.end;
      while (k < n.length && k - hit.end < 4 && (classOf(n.charCodeAt(k)) & C_CN_NUMERAL) !== 0) k++;
      if (n.charCodeAt(k) !== JI_LEVEL) return 'name';
    }
    if (!num.hasArabic) for (const s of SLOGAN_AFTER_GE) if (n.startsWith(s, hit.end)) return 'name';
  }
  // 前两批, 首三期: which batches, not how many
  if ((w === '批' || w === '期' || w === '轮') && (charAt(n, num.start - 1) === '前' || charAt(n, num.start - 1) === '首')) {
    return 'ordinal';
  }
  return hit;
}

const DOC_OPEN = new Set([...'〔[【［'].map((c) => c.charCodeAt(0)));
const DOC_CLOSE = new Set([...'〕]】］'].map((c) => c.charCodeAt(0)));

/** Code of the last non-space unit before i, NaN when none. */
function prevNonSpaceCode(n: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && n.charCodeAt(k) === SPACE) k--;
  return n.charCodeAt(k);
}

/** Exclusions that depend on the characters around the numeral, before looking at units. */
export function surroundingExclusion(n: string, num: Numeral): Exclusion | null {
  if (num.vague) return 'vague';
  if (num.digitString) return isYearLike(num) ? 'year' : 'name';
  const prev = n.charCodeAt(num.start - 1);
  const next = n.charCodeAt(num.end);
  if (prevNonSpaceCode(n, num.start) === DI) return 'ordinal';
  // 数十家, 几十个, 数百万: an unstated multiple, not a count.
  if (prev === SHU || prev === JI) {
    const first = n.charCodeAt(num.start);
    if (first === SHI || first === BAI || first === QIAN || first === WAN) return 'vague';
  }
  if (isLatinLetter(prev) || prev === PLUS || prev === UNDERSCORE || prev === HASH) return 'name';
  if (next === PLUS || next === UNDERSCORE) return 'name';
  if (DOC_OPEN.has(prev) && DOC_CLOSE.has(next)) return 'docNumber';
  if (prev === DOT && isAsciiDigit(n.charCodeAt(num.start - 2))) return 'version';
  if (num.hasArabic && num.plainArabic && num.intDigits >= 16) return 'name';
  return null;
}

/** A Chinese numeral of one character (一, 三, 叁, 十) is a number only with a unit or when it stands alone. */
export function singleCharExclusion(n: string, num: Numeral, hasUnit: boolean): Exclusion | null {
  if (num.hasArabic || num.percentPrefix || num.cnChars !== 1 || num.fraction) return null;
  const s = num.negative ? num.start + 1 : num.start;
  const ch = n[s];
  if (ch === undefined) return 'notNumber';
  if (coveredByIdiom(n, s, num.end)) return 'idiom';
  // 零部件, 零距离: zero of something is never a checkable count
  if (CN_DIGIT[ch] === 0) return 'notNumber';
  // 一X一Y: 一地一站, 一县一策
  if (ch === '一') {
    const a = n[s + 1];
    const b = n[s + 3];
    if (n[s + 2] === '一' && isCjk(a) && isCjk(b) && !isCnNumeral(a) && !isCnNumeral(b)) return 'name';
    const c = charAt(n, s - 1);
    if (charAt(n, s - 2) === '一' && isCjk(c) && isCjk(n[s + 1]) && !isCnNumeral(c) && !isCnNumeral(n[s + 1])) return 'name';
  }
  const nx = n[num.end];
  const before = charAt(n, num.start - 1);
  if (FINANCIAL_CHARS.has(ch)) {
    // 陆地, 收拾, 登陆部队: a lone financial form is a number only before a safe unit or where nothing
    // else can be meant ("写法是叁").
    if (hasUnit && nx !== undefined && !WORDY_COUNTERS.has(nx)) return null;
    const endOk = nx === undefined || !isCjk(nx);
    const startOk = before === undefined || before === '是' || !isCjk(before);
    return endOk && startOk ? null : 'notNumber';
  }
  if (hasUnit) return null;
  if (nx === '分' && n[num.end + 1] === '之') return null; // "二分之" (an unfinished fraction)
  const beforeOk = before === undefined || NEUTRAL_BEFORE.has(before) || !isCjk(before) && !isLatinLetter(before.charCodeAt(0));
  const afterOk = nx === undefined || NEUTRAL_AFTER.has(nx) || !isCjk(nx) && !isLatinLetter(nx.charCodeAt(0)) && !isAsciiDigit(nx.charCodeAt(0));
  if (beforeOk && afterOk) {
    if (CN_DIGIT[ch] === 0) return 'notNumber';
    return null;
  }
  return 'notNumber';
}
