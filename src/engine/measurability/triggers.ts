/**
 * Cheap pre-checks for the evidence patterns: one pass over a span collects which trigger characters it
 * holds, and a pattern runs only when a character every one of its matches contains is present.
 */
import { CHAR_CLASS, C_SCAN } from '../quantity/char-table';

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

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
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
  for (let c = 0; c < 0x10000; c++) if (((CHAR_CLASS[c] ?? 0) & C_SCAN) !== 0) t[c] = (t[c] ?? 0) | T_NUMBER;
  return t;
}

const TRIGGERS: Uint8Array = build();

/** The trigger bits of the characters of s. */
export function triggersOf(s: string): number {
  const table = TRIGGERS;
  let mask = 0;
  for (let i = 0; i < s.length; i++) mask |= table[s.charCodeAt(i)] ?? 0;
  return mask;
}
