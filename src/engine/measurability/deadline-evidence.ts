/** Deadlines: a dated commitment — 年底前出台, 6月底前完成, 2021年9月30日前建成, 三季度前上线, 3个月内办结. */
import { regexEvidence } from './regex-evidence';
import type { TextSpan } from './text-span';
import { T_TIME } from './triggers';
import type { Evidence } from './types';
import { DEADLINE_VERBS } from './vocabulary';

const N = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const WHEN =
  `(?:(?:[0-9]{4}|[二〇一九零]{4})年)?(?:${N}月(?:${N}日|底|末|中旬|上旬|下旬|份)?|年底|年末|年内|年中|今年内|` +
  `上半年|下半年|${N}季度末?|月底|岁末|当年)`;
const WITHIN = `(?:[0-9]{1,3}|[一二三四五六七八九十两半]{1,3})(?:个月|年|天|日|周|个工作日|个季度)(?:内|以内|之内)`;

const DEADLINE = new RegExp(
  `(?:(?:${WHEN})(前|之前|以前|底前|末前|内|止|)|${WITHIN})([^，。；;,\\n]{0,20}?)(?:${DEADLINE_VERBS})`,
  'g',
);

/**
 * Between the date and the verb, a direction, a study or an uncounted many leaves nothing to check by the
 * date: 30个工作日内推动…整改, 次年3月前持续跟踪…, 一季度研究制定…, 年底前力争一批重大项目落地.
 */
const NOT_BETWEEN = /推动|推进|持续|加快|研究|谋划|跟踪|积极|力争|争取|一批|更多|若干|相关|多个/;

/**
 * 上半年完成谋划: the verb's object is the planning itself; 1-6月完成序时进度: keeping pace with the schedule.
 * Nothing to check (完成前期工作 by a date is kept).
 */
const PLANNING_NEXT = /^(?:谋划|序时)/;

/**
 * A date with no 前/内/底 after it is a deadline only when its verb follows closely (三季度开工建设, 6月完成): in
 * 对照第一季度舆情通报问题开展自查整改 the quarter only names a report.
 */
const BARE_DATE_REACH = 8;

function committed(m: RegExpExecArray, slice: string): boolean {
  const end = m.index + m[0].length;
  if (m[1] === '' && (m[2]?.length ?? 0) > BARE_DATE_REACH) return false;
  return !NOT_BETWEEN.test(m[0]) && !PLANNING_NEXT.test(slice.slice(end, end + 2));
}

export function deadlineEvidence(span: TextSpan, out: Evidence[]): void {
  // Every WHEN and WITHIN form holds one of 月年季岁天日周.
  if ((span.triggers & T_TIME) !== 0) regexEvidence(DEADLINE, 'deadline', span, out, committed);
}
