/** Absolute outcomes: 全覆盖, 清零, 零增长, 零填埋, 彻底消除, 应收尽收, 不发生重大事故 … (100% comes from rates). */
import { regexEvidence } from './regex-evidence';
import { clauseBefore } from './strong-milestone';
import type { TextSpan } from './text-span';
import { T_ABSOLUTE } from './triggers';
import type { Evidence } from './types';
import { ABSOLUTE_PATTERNS } from './vocabulary';

const ABSOLUTE = new RegExp(ABSOLUTE_PATTERNS.join('|'), 'g');
/**
 * "全覆盖取得新进展", "清零工作迈出新步伐": progress towards the outcome, not the outcome; nothing to
 * check at the end of the year. The filter below also drops 应X尽X under a directional verb.
 */
const PROGRESS_TOWARD = /^(?:工作)?(?:取得|迈出|实现)[^，,。；;]{0,4}?(?:进展|成效|步伐)/u;

/** 应保尽保, 应收尽收 as a direction (推动…应保尽保), not an outcome asserted (做到/实现应保尽保). */
const YING_JIN = /^应.尽.$/u;
const DIRECTED = /推动|推进|促进|加快|持续/;

/** 落实应收尽收要求, 按照应检尽检原则: a rule to follow, not an outcome. */
const RULE_AFTER = /^[”"]?(?:的)?(?:要求|原则|理念)/u;

/** 逐步覆盖所有…: moving towards coverage, not coverage by a date. */
const GRADUALLY_BEFORE = /逐[步渐]$/u;

function notProgressToward(m: RegExpExecArray, slice: string): boolean {
  if (m[0].startsWith('覆盖') && GRADUALLY_BEFORE.test(slice.slice(Math.max(0, m.index - 2), m.index))) return false;
  if (YING_JIN.test(m[0])) {
    if (DIRECTED.test(clauseBefore(slice, m.index))) return false;
    if (RULE_AFTER.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 4))) return false;
  }
  return !PROGRESS_TOWARD.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 12));
}

export function absoluteEvidence(span: TextSpan, out: Evidence[]): void {
  if ((span.triggers & T_ABSOLUTE) !== 0) regexEvidence(ABSOLUTE, 'absolute', span, out, notProgressToward);
}
