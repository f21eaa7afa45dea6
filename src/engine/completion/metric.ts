import { similarity, similarityOfPairs } from '../text/closest';
import { charTable, edgeTable, firstIn, firstNonSpace, lastIn, removeChars } from '../text/char-filter';
import { replaceTail, testTail } from '../text/tail';

/**
 * The words a quantity belongs to: "完成投资" in "1-6月完成投资110.95亿元", "高能级战略平台" in
 * "打造5个高能级战略平台". Verbs of reaching, scope words, periods and list markers are dropped,
 * so a target and a report of the same metric compare well.
 */
export interface Metric {
  before: string;
  after: string;
}

const PERIOD = /(?:截[至止]到?)?(?:20\d{2}年)?(?:\d{1,2}\s*[-—–~～至到]\s*)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|中旬|上旬|下旬)?|(?:前|第)?[一二三四1-4]季度(?:末)?|上半年|下半年|全年|年内|今年|年底前?|年末|前\d{1,2}个月/gu;
const MARKER = /^\s*(?:\d{1,2}[.、．)]|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]+[、.．])\s*/u;
const COMPARISON = /同比|环比|比上年末?|较上年末?|比去年|较去年|比上年同期|较上年同期|比年初|较年初/gu;
const TRAIL_WORDS = [
  '累计', '共计', '合计', '总计', '共有', '共', '达到', '达', '为', '至', '到', '超过', '突破', '实现', '保持在', '控制在', '稳定在',
  '力争', '确保', '约', '近', '超', '以上', '不少于', '不低于', '不超过', '同比', '比上年', '较上年', '较去年', '比去年',
];
const TRAIL_VERBS = new RegExp(`(?:${TRAIL_WORDS.join('|')})+$`, 'u');
/** A text TRAIL_VERBS matches ends with the last character of one of its words. */
const TRAIL_LAST = edgeTable(TRAIL_WORDS, 'last');
const LEAD_LIST = ['全省', '全市', '全区', '全县', '我省', '我市', '我区', '其中', '力争', '确保', '累计', '新增', '年内', '全年', '共', '已'];
const LEAD_WORDS = new RegExp(`^(?:${LEAD_LIST.join('|')})+`, 'u');
/** A text LEAD_WORDS matches starts with the first character of one of its words. */
const LEAD_FIRST = edgeTable(LEAD_LIST, 'first');
/** /[\s“”"'‘’《》()（）【】[\]、:：·]/gu as a table (see removeChars). */
const NOISE = charTable('“”"\'‘’《》()（）【】[]、:：·', true);

/** Characters without which PERIOD and COMPARISON cannot match: skip those regexes when absent. */
const PERIOD_HINT = /[月季年]/u;
/** What MARKER can start with after white space: a digit, an opening bracket, ①-⑳ or 一-十. */
const MARKER_FIRST = charTable('0123456789（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一二三四五六七八九十', false);

function clean(text: string): string {
  const first = firstNonSpace(text);
  let out = first < text.length && MARKER_FIRST[text.charCodeAt(first)] === 1 ? text.replace(MARKER, '') : text;
  if (out.includes('比')) out = out.replace(COMPARISON, '');
  if (PERIOD_HINT.test(out)) out = out.replace(PERIOD, '');
  return removeChars(out, NOISE);
}

/** Words right after the number that are not the metric: 的, 左右, 以上 … */
const AFTER_FILLER = /^(?:的|左右|以上|以内|以下|余|多)+/u;

const CHANGE_LIST = ['增长', '提高', '提升', '增加', '上升', '上涨', '下降', '降低', '减少', '压减', '压降', '削减'];
const CHANGE_VERBS = new RegExp(`(?:${CHANGE_LIST.join('|')})$`, 'u');
const CHANGE_LAST = edgeTable(CHANGE_LIST, 'last');

/** True when metric words name nothing but a change ("比上年末提高"): look further back. */
export function isThin(beforeWords: string): boolean {
  // Without a change verb's last character at the end, replaceTail leaves the words as they are.
  if (!lastIn(beforeWords, CHANGE_LAST)) return beforeWords.length < 2;
  return replaceTail(CHANGE_VERBS, beforeWords, 4).length < 2;
}

export function metricBefore(beforeText: string): string {
  let before = clean(beforeText);
  for (let i = 0; i < 3 && lastIn(before, TRAIL_LAST) && testTail(TRAIL_VERBS, before, 16); i++) {
    before = replaceTail(TRAIL_VERBS, before, 16);
  }
  return (firstIn(before, LEAD_FIRST) ? before.replace(LEAD_WORDS, '') : before).slice(-16);
}

export function metricOf(beforeText: string, afterText: string): Metric {
  return metricFrom(metricBefore(beforeText), afterText);
}

/** A metric from words already cleaned by metricBefore and the raw text after the number. */
export function metricFrom(beforeWords: string, afterText: string): Metric {
  const after = clean(afterText).replace(AFTER_FILLER, '').slice(0, 12);
  return { before: beforeWords, after };
}

/** How alike two metrics are, 0–1. Words before the number weigh most. */
export function metricSimilarity(a: Metric, b: Metric): number {
  const whole = similarityOfPairs(a.before, a.after, b.before, b.after);
  const head = a.before && b.before ? similarity(a.before, b.before) : 0;
  return Math.max(whole, head * 0.9);
}

export function metricText(m: Metric): string {
  return m.after ? `${m.before}…${m.after}` : m.before;
}
