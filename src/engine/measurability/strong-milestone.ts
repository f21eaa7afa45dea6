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

/** 早开工、早投产, 早日建成, 尽快建成投用: a wish for speed, with no object or date to check (尽早 ends with 早). */
const SPEED_WISH: readonly string[] = ['早', '早日', '尽快'];
/** The verb does not count after these (探索建设, 争取开工), nor after a wish for speed. */
const NOT_AFTER: readonly string[] = ['探索', '研究', '谋划', '争取', '鼓励', '支持', '引导', '启动', '推动各地', '未', ...SPEED_WISH];

/**
 * The verb does not count before these (完成率, 开工前, 投产目标, 完成2021年度…); 成立工作专班 and 组建工作小组
 * name a body, not a piece of work.
 */
const NOT_BEFORE: readonly string[] = [
  '率', '公司', '以来', '企业', '主体', '工作(?!专班|小组)', '申报', '前期', '谋划', '验收前', '前', '后', '阶段', '环节', '审批', '手续', '投资',
  '目标', '任务', '年度',
  // 完成2021年度目标任务 is set elsewhere; 完成2023年度对口支援资金专项审计 and 完成2024年度预算公开 are pieces of work.
  '[0-9]{4}年度(?![^，。；;,\\n]{0,14}?(?:审计|公开|决算|清算|普查|验收))', '全年', '计划', '各项', '情况',
  // 按完成比例计分: a share, like 完成率; 完成序时进度: keeping pace with the schedule.
  '比例', '序时',
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
  '按时', '及时',
  // Generic objects and words that name no particular thing (推进重点项目开工建设, 推进平台上线运行).
  '重点项目', '项目', '平台', '重点', '更多', '已', '进度', '效率', '建设', '运行', '落地', '服务保障', '发电', '运营',
]);

/**
 * 完成 a target set elsewhere is not a checkable result of its own: 完成上级下达目标任务, 完成各项任务, 力争完成
 * 市下达指标, 及时完成上级交办事项, 完成“十四五”规划目标, 完成“十四五”目标 (tested on the clause around the verb, without the verb).
 */
const SET_ELSEWHERE = /下达|交办|上级|省定|市定|目标任务|各项(?:任务|目标|工作)|年度目标|年度[^，。；;,\n]{0,4}?任务|规划(?:确定|提出)?的?(?:目标|任务)|十[一二三四五六]五[”"]?(?:规划)?的?(?:目标|任务)|指标$/;
const WAN_CHENG = '完成';

/** Before 项目 these verbs make a noun phrase (开工项目, 签约项目落地), not a milestone. */
const ATTRIBUTIVE_BEFORE_XIANGMU: ReadonlySet<string> = new Set(['开工', '竣工', '签约', '投产', '开业', '上线']);

/** An unnamed number of things (推进一批项目建成投用, 推动更多项目竣工, 开通多条航线); 完成第一批… is a named batch. */
export const UNCOUNTED_MANY = /(?<!第)一批|一大批|更多|若干|一系列|各类|多[个条家项批座所处]|相关/;

/**
 * Words that make what follows in the clause a direction or a wish rather than a result to check:
 * 加快建成区域医疗中心, 积极争取国家级经开区获批, 推动新建学校按期投入使用, 促进优质项目签约. A named
 * object with a date is still checked, as a dated commitment (争取…年底前投运).
 */
const GOVERNORS = /加快|争取|力争|推动|促进|推进|规范|引导|鼓励/;
/** 力争创成全国文明城市, 力争获评…示范区: a title to win is the usual way to set that target, not a wish. */
const TITLE_VERBS = /^(?:获评|创成|成功创建)/;
const TITLE_GOVERNORS = /加快|争取|推动|促进|推进/;

/** The part of the clause before `at` (`before`, when the caller has it) holds a governing word (see GOVERNORS). */
export function governedBefore(slice: string, at: number, before = clauseBefore(slice, at)): boolean {
  return (TITLE_VERBS.test(slice.slice(at, at + 4)) ? TITLE_GOVERNORS : GOVERNORS).test(before);
}

/** A wish for speed right before `at`, or a governing word earlier in its clause (see speedWishBefore, GOVERNORS). */
export function wishedOrGoverned(slice: string, at: number): boolean {
  return speedWishBefore(slice, at) || governedBefore(slice, at);
}

/** The part of the clause (see isClauseBreak) before `at`. */
export function clauseBefore(slice: string, at: number): string {
  let s = at;
  while (s > 0 && !isClauseBreak(slice.charCodeAt(s - 1))) s--;
  return slice.slice(s, at);
}

/** 通航条件, 投产跟踪服务机制: a completion verb inside a noun, not a result. */
const NOUN_AFTER = /^(?:条件|能力|水平|环境|机制|服务|跟踪|标准|要求)/;
/** 竣工投产跟踪服务机制: the rest of the clause is an abstract noun the verb only describes. */
const ABSTRACT_REST = /^[^，。；;,\n]{0,10}?(?:机制|体系|制度)(?=$|[，。；;,\n])/;

/** A verb followed by one of these is part of other words: 首创成果, 开创成效; 召开工作会议, 展开工作. */
const OTHER_WORD_NEXT: ReadonlyMap<string, string> = new Map([['创成', '果效绩功就'], ['开工', '作']]);
/** /[的和与及等了将已要并在把对向为于、\s“”"()（）《》0-9.％%]/g as a table (see removeChars). */
const FILLER = charTable('的和与及等了将已要并在把对向为于、“”"()（）《》0123456789.％%', true);

/** Clause separators ，。；;,\n */
export function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x2c || c === 0x0a;
}

function endsBefore(words: readonly string[], slice: string, at: number): boolean {
  for (const w of words) if (at >= w.length && slice.startsWith(w, at - w.length)) return true;
  return false;
}

function blockedBefore(slice: string, at: number): boolean {
  return endsBefore(NOT_AFTER, slice, at);
}

/** 早/早日/尽快 right before `at` (早日建成, 尽快建成): see NOT_AFTER. */
export function speedWishBefore(slice: string, at: number): boolean {
  return endsBefore(SPEED_WISH, slice, at);
}

/** The clause (between separators ，。；;,\n) around [at, end), without [at, end). */
export function clauseAround(slice: string, at: number, end: number): string {
  let s = at;
  while (s > 0 && !isClauseBreak(slice.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < slice.length && !isClauseBreak(slice.charCodeAt(e))) e++;
  return slice.slice(s, at) + slice.slice(end, e);
}

/** Completion verbs (strong ones and 建成): another one in the clause names nothing (重点项目竣工投产). */
const COMPLETION_WORDS = wordIndex([...STRONG_MILESTONES.split('|'), '建成', '建设完成', '建好']);

/**
 * The rest of a clause (see clauseAround) names something besides completion verbs, directional and routine
 * words.
 */
export function namesSomething(rest: string): boolean {
  const words = removeWords(DIRECTIONAL_WORDS, removeWords(COMPLETION_WORDS, rest));
  return removeWords(ROUTINE_WORDS, removeChars(words, FILLER)).length >= 2;
}

/** 为开工建设创造条件, 为项目投产打下基础: the verb names what the work prepares for, not a result of its own. */
const PURPOSE_AFTER = /^[^，。；;,\n]{0,12}?(?:创造条件|打下基础|奠定基础|做好准备|做准备)/;
/** 一期已于2023年建成投产, 已在去年竣工: done before, it sets nothing to do. */
const DONE_BEFORE = /已(?:(?:于|在)[^，。；;,\n]{0,10})?$/;

/** The clause around a strong verb at [at, end) names a particular thing that is to be done. */
function hasNamedObject(slice: string, verb: string, at: number, end: number): boolean {
  if (ATTRIBUTIVE_BEFORE_XIANGMU.has(verb) && slice.startsWith('项目', end)) return false;
  const next = slice.charAt(end);
  if (next !== '' && OTHER_WORD_NEXT.get(verb)?.includes(next) === true) return false;
  const before = clauseBefore(slice, at);
  if (DONE_BEFORE.test(before) || governedBefore(slice, at, before)) return false;
  const after = slice.slice(end, end + 16);
  if (NOUN_AFTER.test(after) || ABSTRACT_REST.test(after) || PURPOSE_AFTER.test(after)) return false;
  const rest = clauseAround(slice, at, end);
  if (UNCOUNTED_MANY.test(rest)) return false;
  if (verb.endsWith(WAN_CHENG) && SET_ELSEWHERE.test(rest)) return false;
  return namesSomething(rest);
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
    if (!hasNamedObject(slice, m[0], at, at + len)) continue;
    const start = span.from + at;
    out.push({ kind: 'milestone', text: span.original.slice(start, start + len), start, end: start + len });
  }
}
