/**
 * Strong completion verbs (建成投运, 开工, 上线, 挂牌 …) on a named object. Not after 探索/研究/争取 … and not
 * before 率/前期/目标 …; the clause must name something besides the verb and directional words.
 */
import type { TextSpan } from './text-span';
import type { Evidence } from './types';
import { DIRECTIONAL_WORDS } from './directional';
import { STRONG_MILESTONES } from './vocabulary';
import { removeWords, wordIndex } from './word-scan';
import { charTable, removeChars } from '../text/char-filter';

/** The verb does not count after these (探索建设, 争取开工). */
const NOT_AFTER: readonly string[] = ['探索', '研究', '谋划', '争取', '鼓励', '支持', '引导', '启动', '推动各地'];

/** The verb does not count before these (完成率, 开工前, 投产目标). */
const NOT_BEFORE: readonly string[] = [
  '率', '公司', '以来', '企业', '主体', '工作', '申报', '前期', '验收前', '前', '后', '阶段', '环节', '审批', '手续', '投资',
  '目标', '任务', '年度', '全年', '计划', '各项', '情况',
];

/**
 * The regex `(?<!NOT_AFTER)(?:STRONG_MILESTONES)(?!NOT_BEFORE)` without its look-behind, which is checked
 * in code on each match instead of at every position (a failed check resumes one unit later, as the
 * regex would).
 */
const STRONG = new RegExp(`(?:${STRONG_MILESTONES})(?!${NOT_BEFORE.join('|')})`, 'g');
const ROUTINE_WORDS = wordIndex([
  '力争', '确保', '全面', '基本', '全部', '尽快', '按期', '如期', '年底前', '年内', '今年', '上半年', '下半年', '力求', '实现',
  '推进', '拟', '计划', '目标', '任务', '工作', '各项', '年度', '全年', '高质量', '高标准', '高水平', '顺利', '圆满',
]);
/** /[的和与及等了将已要并在把对向为于、\s“”"()（）《》0-9.％%]/g as a table (see removeChars). */
const FILLER = charTable('的和与及等了将已要并在把对向为于、“”"()（）《》0123456789.％%', true);

/** Clause separators ，。；;,\n */
function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x2c || c === 0x0a;
}

function blockedBefore(slice: string, at: number): boolean {
  for (const w of NOT_AFTER) if (at >= w.length && slice.startsWith(w, at - w.length)) return true;
  return false;
}

/** The clause around a strong verb at [at, end) names something besides the verb and directional words. */
function hasNamedObject(slice: string, at: number, end: number): boolean {
  let s = at;
  while (s > 0 && !isClauseBreak(slice.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < slice.length && !isClauseBreak(slice.charCodeAt(e))) e++;
  const rest = removeWords(ROUTINE_WORDS, removeChars(removeWords(DIRECTIONAL_WORDS, slice.slice(s, at) + slice.slice(end, e)), FILLER));
  return rest.length >= 2;
}

export function strongMilestones(span: TextSpan, out: Evidence[]): void {
  const slice = span.norm;
  STRONG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRONG.exec(slice)) !== null) {
    const at = m.index;
    if (blockedBefore(slice, at)) {
      STRONG.lastIndex = at + 1;
      continue;
    }
    const len = m[0].length;
    if (!hasNamedObject(slice, at, at + len)) continue;
    const start = span.from + at;
    out.push({ kind: 'milestone', text: span.original.slice(start, start + len), start, end: start + len });
  }
}
