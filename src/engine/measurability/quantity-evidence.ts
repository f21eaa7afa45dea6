/** Quantities and rates as evidence: 150个, 6000亿元, 90%, 下降0.5个百分点, 2倍 — not "一个" as an article. */
import { quantitiesOfScan } from '../quantity/parse-quantities';
import { scanNormalized } from '../quantity/scan-numbers';
import type { Quantity } from '../quantity/types';
import { isClauseBreak } from './strong-milestone';
import type { TextSpan } from './text-span';
import { T_NUMBER } from './triggers';
import type { Evidence } from './types';

const WAN = '万'.charCodeAt(0);
const JI_CLASS = '级'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);

/** Before a duration, these make it the measured metric (办理时限压缩至3个工作日). */
const DURATION_METRIC = /压缩|缩短|缩减|压减|控制|时限|周期|期限|办结|提速|减少|不超过|时间|保持在|不少于|不低于/;
/** "三年行动计划": a plan's span in its name, never a measured duration. */
const DURATION_NAME_AFTER = /^\s*(行动|计划|规划)/;
/** Verbs of reaching or limiting right before a number: the number is the level the target sets. */
const REACH_WORDS = [
  '达到', '达', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至', '降至', '降到', '降低到', '降低至', '下降到', '下降至',
  '缩小到', '缩小至', '缩小为', '控制在', '保持在', '稳定在', '延长到', '延长至', '不超过', '不高于', '不低于',
];
const REACH = `(?:${[...REACH_WORDS, '为'].join('|')})`;
/**
 * "人均预期寿命达到81.5岁", "比全国平均水平高出2岁": an age reached or gained is a target; "60岁以上老年人",
 * "为65岁及以上老年人" only describe who.
 */
const AGE_REACHED = new RegExp(`(?:${[...REACH_WORDS, '高出', '高于', '提高', '增加', '延长'].join('|')})\\s*$`, 'u');
/** 死亡率≤0.012, 目标值：≥90: a comparison sign sets a threshold, with or without a unit. */
const THRESHOLD_SIGN = /[≥≤＜＞<>⩾⩽]\s*$/u;
/**
 * A dimensionless indicator set to a level without a unit: 城乡居民收入倍差缩小至1.6以内, 恩格尔系数控制在30以下,
 * 数据中心PUE值降至1.3, 空气质量综合指数降至3.8, 综合得分达到85, 万车死亡率控制在1.6以下, 车桩比不高于2.5:1.
 */
const UNITLESS_LEVEL = new RegExp(`(?:倍差|收入比|之比|比值|车桩比|桩车比|系数|指数|PUE值?|得分|评分|分值|率)(?:由[0-9.:：]{1,8})?[^，。；;,\\n]{0,4}?${REACH}\\s*$`, 'u');

/** Half as a share: 审批时间缩短一半, 一半以上的村, 超过一半的企业. */
const HALF = /(?:缩短|减少|压缩|压减|降低|下降|提高|提升|增加)了?一半|一半以上|超过一半|过半数/gu;
const FEN_ZHI = '分之';

/** 一个, 一项, 一套 … written with the character 一 usually mean "a", not a target of one. */
const ARTICLE_ONE = /^[一壹]\s*[个项套家条座所件种批次轮支张片处份类场]$/;
/** …unless a minimum or a frequency comes just before it: 至少开展一次, 每月召开一次, 不少于一场. */
const COUNTED_ONE_BEFORE = /至少|不少于|每(?:半年|[月周季年])/;
/** 覆盖80%以上城市社区: a share right after 覆盖 is the coverage to reach. */
const COVER_RIGHT_BEFORE = /覆盖(?:到|至|达)?$/u;
/** 整改一个、销号一个, 成熟一个、推进一个: a slogan of pace, not a count. */
const PAIRED_ONES = /一个、[\u4e00-\u9fff]{1,4}一个/;
/**
 * 规模以上工业增加值增速（5分）, （权重10分）, （分值：3分）: the score weight of an indicator in a 考核 sheet,
 * not a level to reach.
 */
const WEIGHT_BEFORE = /[（(](?:分值|权重|满分)?[:：]?\s*$/u;
const WEIGHT_AFTER = /^\s*[)）]/u;

/**
 * "单项投资额500万元以上国有企业投资项目", "年营收亿元以上企业": an amount threshold naming a class of
 * projects or firms, not a level to reach (a count of them, "…项目20个", is evidence of its own).
 */
const CLASS_THRESHOLD_AFTER = /^\s*(?:及)?以上的?[^，,。；;、\n0-9]{0,8}?(?:项目|企业)/u;

/**
 * "力争更多村经营性收入突破30万元", "推动一批企业营收超过亿元": a level each of an uncounted many is to pass;
 * how many is not said.
 */
const MANY_PASSING_BEFORE = /(?:更多|一批|多个|若干)[^，,。；;、\n]{0,12}?(?:突破|超过|达到|达)\s*$/u;

/**
 * "对全市12个县(市、区)加强指导": the places a scope word counts (全市…个县, 辖区…个村) are who the work
 * is for, not how much of it there is.
 */
const SCOPE_WORDS = '全市|全省|全县|全区|全州|全域|辖区内?|所辖';
const PLACES = '县|市|区|乡镇|乡|镇|街道|村|社区|行政村|自然村';
const SCOPE_BEFORE = new RegExp(`(?:${SCOPE_WORDS})\\s*$`, 'u');
const PLACE_AFTER = new RegExp(`^(?:${PLACES})`, 'u');
/** 全市12个乡镇、186个行政村: the next places of the same list. */
const PLACE_LIST_BEFORE = new RegExp(`(?:${SCOPE_WORDS})[^，,。；;\\n]{1,10}(?:${PLACES})(?:、|和|及)$`, 'u');

/**
 * A number that only says what the work is about: the group or stock it is for (围绕12条产业链, 对辖区内36个
 * 行政村, 面向全市3万名学生, 对热线反映集中的10类问题, 全市1200公里农村公路的养护, 已建成50万亩高标准农田的管护), the size of an object
 * (年产10万吨…项目, 设计时速350公里的城际铁路, 建筑面积5000平方米的中心), or a threshold for a class (流域
 * 面积50平方公里以上河流, 比重3%以上的企业). Such a number is evidence only when the rest of its clause sets
 * a result (完成36个村改造, 实现…全覆盖).
 */
const SCOPE_INTRO = /(?:(?:围绕|面向|针对|聚焦|惠及|发挥)[^，,。；;\n]{0,16}|覆盖(?!率|面)[^，,。；;\n]{0,4}|(?:^|[^\u4e00-\u9fff]|[对为])对(?:全市|全省|全县|全区|辖区内?|所辖)?|(?:^|[^\u4e00-\u9fff]|[对为])对[^，,。；;\n]{1,12}的|、[^，,。；;\n]{1,12}等)$/u;
const STOCK_BEFORE = /(?:全市|全省|全县|全区|辖区内?|所辖|已建成|已有|现有|共有)\s*$/u;
/** 项目总投资8.5亿元, 规划用地300亩: the size of the project the row is about, a description whatever follows. */
const PROJECT_SIZE_WORDS = ['总投资', '建筑面积', '占地面积', '用地面积', '规划用地'];
/** 年产10万吨…项目, 设计时速350公里的城际铁路: the size of an object, a description when the object follows. */
const OBJECT_SIZE_WORDS = [
  '年产', '日处理(?:能力)?', '设计时速', '时速', '占地', '年接待(?:能力)?', '接待能力', '装机容量', '库容', '全长', '流域面积', '比重', '占比',
];
const sizeBefore = (words: readonly string[]): RegExp => new RegExp(`(?:${words.join('|')})(?:为|达|约|近)?\\s*$`, 'u');
const PROJECT_SIZE_BEFORE = sizeBefore(PROJECT_SIZE_WORDS);
const SIZE_BEFORE = sizeBefore([...OBJECT_SIZE_WORDS, ...PROJECT_SIZE_WORDS]);
const SIZE_OF_OBJECT_AFTER = /^(?:以上|以下|左右|余|多)?的?[^，,。；;、\n0-9]{0,14}?(?:项目|工程|中心|基地|企业|河流|湖泊|厂|综合体|机组|铁路|公路|园区|设施|小区|单位)/u;
const CLASS_AFTER = /^(?:及)?以上的?[^，,。；;、\n0-9()（）]{0,10}?(?:企业|河流|湖泊|水库|单位|项目|村|老年人|人群|隐患点|场所|机构)/u;
/** A verb of reaching or changing right before the number: the number is what is to be achieved. */
const RESULT_BEFORE = /(?<!已)(?:达到|达|为|至|到|增长|提高|提升|下降|降低|减少|新增|增加|完成|实现|突破|超过|不少于|不低于|不超过|控制在|培育|引进|新建|建成|创建|认定|开工|改造|压减|累计|共|年均)\s*$/u;
/** What makes the clause set a result after all. */
const RESULT_AFTER = /完成|实现|达到|建成|新增|增加|提高|下降|减少|压减|全部|全覆盖|清零|开工|投运|投产|达产|竣工|改造|搬迁|培育|引进|新建|创建|认定|突破|超过|不少于|不低于|以内|问责|追责|处分/u;
/** A result verb earlier in the clause acts on the counted set: 淘汰辖区内35蒸吨以下燃煤锅炉. */
const RESULT_EARLIER = /淘汰|关停|拆除|完成|实现|新建|(?<!已)建成|改造|搬迁|清理|取缔|新增/u;

/** 排名后3位的部门: a rank that picks out whom the work is for (排名前3位, said of the target itself, is a result). */
const RANK_BEFORE = /排名[前后]$/u;

function onlyScope(clauseBefore: string, after: string): boolean {
  if (RESULT_BEFORE.test(clauseBefore) || RESULT_EARLIER.test(clauseBefore)) return false;
  if (RESULT_AFTER.test(after.replace(/^(?:以上|以下|左右|余|多)/u, ''))) return false;
  if (PROJECT_SIZE_BEFORE.test(clauseBefore)) return true;
  if (RANK_BEFORE.test(clauseBefore) && after.startsWith('的')) return true;
  if (SIZE_BEFORE.test(clauseBefore) && SIZE_OF_OBJECT_AFTER.test(after)) return true;
  if (CLASS_AFTER.test(after)) return true;
  return SCOPE_INTRO.test(clauseBefore) || STOCK_BEFORE.test(clauseBefore);
}

/** Up to 30 characters of the clause before `start` and after `end` (the windows the scope rules read). */
function scopeOnly(text: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && start - s < 30 && !isClauseBreak(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < 30 && !isClauseBreak(text.charCodeAt(e))) e++;
  return onlyScope(text.slice(s, start), text.slice(end, e));
}

/** Whether a quantity read in the slice `text` (its positions in the whole input, the slice starting at `from`) is evidence. */
function isEvidence(text: string, q: Quantity, from: number): boolean {
  const start = q.start - from;
  const end = q.end - from;
  if (q.unit === '岁' || q.unit === '周岁') return AGE_REACHED.test(text.slice(Math.max(0, start - 6), start));
  // 110千伏输变电工程: a voltage names the class of a line or substation, never a level to reach; so does a
  // size with 级 (30万吨级原油码头, 百万千瓦级机组).
  if (q.unit === '千伏' || q.unit === '千伏安') return false;
  if (q.kind === 'measure' && text.charCodeAt(end) === JI_CLASS) return false;
  if (q.kind === 'duration') {
    const before = text.slice(Math.max(0, start - 10), start);
    // "压缩至1个工作日以内": the duration is the metric even with 以内 after it; without such a word
    // before it a duration is a timeframe ("3年内完成", "用2年时间").
    return DURATION_METRIC.test(before) && !DURATION_NAME_AFTER.test(text.slice(end, end + 3));
  }
  // （5分）: a score weight (see WEIGHT_BEFORE).
  if (q.unit === '分' && WEIGHT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && WEIGHT_AFTER.test(text.slice(end, end + 2))) {
    return false;
  }
  if (q.kind === 'count' && PLACE_AFTER.test(text.slice(end, end + 3))) {
    const before = text.slice(Math.max(0, start - 16), start);
    if (SCOPE_BEFORE.test(before.slice(-4)) || PLACE_LIST_BEFORE.test(before)) return false;
  }
  if (MANY_PASSING_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return false;
  // 服务点覆盖80%以上城市社区: a share right after 覆盖 is the level of coverage to reach, not the scope of something else.
  if (q.kind === 'rate' && COVER_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (scopeOnly(text, start, end)) return false;
  if (q.kind === 'amount' && q.qualifier === 'atLeast' && CLASS_THRESHOLD_AFTER.test(text.slice(end, end + 16))) return false;
  if (q.value === 1 && !q.range && ARTICLE_ONE.test(q.text)) {
    if (PAIRED_ONES.test(text.slice(Math.max(0, start - 6), end + 6))) return false;
    // 创建…集聚区一个: after its noun, at the end of the clause, 一个 is a count, not the article (一次 there is
    // a slogan's, as in 最多跑一次, or a frequency, read below).
    if (!q.text.endsWith('次') && (end >= text.length || isClauseBreak(text.charCodeAt(end)))) return true;
    return COUNTED_ONE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
  }
  return true;
}

/**
 * Evidence from the quantities of the span, parsed as parseQuantities(original.slice(from, to)) would. The
 * quantities (in the coordinates of the whole input) are added to span.found, for the completion stage.
 */
export function quantityEvidence(span: TextSpan, out: Evidence[]): void {
  if (span.to <= span.from || (span.triggers & T_NUMBER) === 0) return;
  const from = span.from;
  const slice = span.original.slice(from, span.to);
  // normalizeChars maps each UTF-16 unit on its own, so the normalised slice is the slice of the normalised text.
  const scan = scanNormalized(slice, span.norm);
  const quantities = quantitiesOfScan(scan, from);
  for (const q of quantities) {
    span.found?.push(q);
    if (!isEvidence(slice, q, from)) continue;
    const kind = q.kind === 'rate' ? 'rate' : 'quantity';
    out.push({ kind, text: q.text, start: q.start, end: q.end });
    if (q.kind === 'rate' && q.unit === '%' && q.value === 100) out.push({ kind: 'absolute', text: q.text, start: q.start, end: q.end });
  }
  // "投资额达40亿": a figure with 万/亿 and no unit is still an amount (names and dates never take 亿).
  // The numbers are findNumbers(slice) (the same scan, see numbersOfScan), read in place: a number's text
  // ends with 万/亿 when the slice has 万/亿 just before its end.
  // A number without a unit that a dimensionless indicator is set to (UNITLESS_LEVEL) is a level too,
  // and a Chinese fraction (三分之一以上的乡镇) is a share.
  for (const s of scan.numbers) {
    if (s.exclude) continue;
    const { valueStart: start, end } = s.num;
    // Most numbers are inside a quantity already: nothing more to read of them.
    if (quantities.some((q) => q.start <= from + start && q.end >= from + end)) continue;
    const text = slice.slice(start, end);
    if (s.num.fraction && text.includes(FEN_ZHI)) {
      out.push({ kind: 'rate', text, start: from + start, end: from + end });
      continue;
    }
    const last = end > start ? slice.charCodeAt(end - 1) : 0;
    if (
      last !== WAN && last !== YI && !UNITLESS_LEVEL.test(slice.slice(Math.max(0, start - 14), start)) &&
      !THRESHOLD_SIGN.test(slice.slice(Math.max(0, start - 3), start))
    ) continue;
    // 覆盖全县10万农村人口的供水工程: a bare 万 figure can be scope too.
    if (scopeOnly(slice, start, end)) continue;
    out.push({ kind: 'quantity', text, start: from + start, end: from + end });
  }
  if (slice.includes('半')) {
    HALF.lastIndex = 0;
    for (let m = HALF.exec(slice); m; m = HALF.exec(slice)) {
      out.push({ kind: 'rate', text: m[0], start: from + m.index, end: from + m.index + m[0].length });
    }
  }
}
