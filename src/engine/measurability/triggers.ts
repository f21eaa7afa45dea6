/**
 * Cheap pre-checks for the evidence patterns: one pass over a span collects which trigger characters it
 * holds, and a pattern runs only when a character every one of its matches contains is present.
 */
import { CHAR_CLASS, C_SCAN } from '../quantity/char-table';
import { ABSOLUTE_PATTERNS, DELIVERABLE_VERBS, STRONG_MILESTONES } from './vocabulary';

/** 《: TITLED and TITLE_FIRST deliverables need a book title. */
export const T_TITLE = 1;
/** 建: BUILT needs 建成, 建设完成 or 建好. */
export const T_BUILD = 2;
/** 完: DONE needs 完成. */
export const T_DONE = 4;
/** 验: ACCEPTED needs 验收. */
export const T_ACCEPT = 8;
/** 召举承: EVENT starts with 召开, 举办, 举行 or 承办. */
export const T_EVENT = 16;
/** 月年季岁天日周: every deadline names a month, a year, a quarter, 岁末, or a day or week count. */
export const T_TIME = 32;
/** A character at which a numeral can start (a superset: see C_SCAN); without one there is no quantity. */
export const T_NUMBER = 64;
/** The first character of a strong milestone verb (建成投运, 开工, 上线 …): every match starts with one. */
export const T_STRONG = 128;
/** The first character of an absolute outcome (全覆盖, 清零, 百分之百 …). */
export const T_ABSOLUTE = 256;
/** The first character of a deliverable verb (出台, 印发, 编制 …), with which every untitled deliverable starts. */
export const T_DELIVER = 512;
/** 番倍: doubling (翻一番, 数量倍增). */
export const T_DOUBLE = 1024;
/** 前第: a ranking (进入前三, 位居第一). */
export const T_RANK = 2048;
/** 证: a licence obtained (取得施工许可证). */
export const T_PERMIT = 4096;
/** 放: a facility opened to the public (对外开放). */
export const T_OPEN = 8192;
/** 通: a review passed (通过…复审). */
export const T_PASS = 16384;
/** 层: a number of management levels (管理层级压减至三级以内). The last bit of the table's 16. */
export const T_LEVEL = 32768;

/** The first characters of the alternatives of a "a|b|c" list. */
function firstChars(alternatives: readonly string[]): string {
  return alternatives.map((w) => w.charAt(0)).join('');
}

function build(): Uint16Array {
  const t = new Uint16Array(0x10000);
  const set = (chars: string, bit: number): void => {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      t[c] = (t[c] ?? 0) | bit;
    }
  };
  set('《', T_TITLE);
  set('建', T_BUILD);
  set('完', T_DONE);
  set('验', T_ACCEPT);
  set('召举承', T_EVENT);
  set('月年季岁天日周', T_TIME);
  set(firstChars(STRONG_MILESTONES.split('|')), T_STRONG);
  set(firstChars(ABSOLUTE_PATTERNS), T_ABSOLUTE);
  set(firstChars(DELIVERABLE_VERBS.split('|')), T_DELIVER);
  set('番倍', T_DOUBLE);
  set('前第', T_RANK);
  set('证', T_PERMIT);
  set('放', T_OPEN);
  set('通', T_PASS);
  set('层', T_LEVEL);
  for (let c = 0; c < 0x10000; c++) if (((CHAR_CLASS[c] ?? 0) & C_SCAN) !== 0) t[c] = (t[c] ?? 0) | T_NUMBER;
  return t;
}

const TRIGGERS: Uint16Array = build();

/** The trigger bits of the characters of s. */
export function triggersOf(s: string): number {
  const table = TRIGGERS;
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= table[s.charCodeAt(i)] ?? 0;
  return mask;
}
