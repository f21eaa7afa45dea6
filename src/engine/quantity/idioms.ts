/**
 * Words in which a Chinese numeral character is not a number: 一次性, 一批, 新一轮, 十分 … and slogans
 * built on counters (两个维护, 四个意识). Checked only around short Chinese numerals, so a few Set
 * lookups per candidate.
 */

export const NUMERAL_IDIOMS: ReadonlySet<string> = new Set([
  '一次性', '一件事', '一张网', '一张图', '一张蓝图', '一条龙', '一批', '一大批', '一起', '一部分', '一门式',
  '一分为二', '十分', '万分', '一度', '新一轮', '一班人', '一对一', '点对点', '一类', '上一年', '上一', '下一',
  '同一', '每一', '任一', '统一', '唯一', '之一', '万一', '进一步', '一站式', '一体化', '一系列', '一揽子',
  '一把手', '一盘棋', '一线', '一流', '一样', '一致', '一切', '一定', '一般', '一直', '一些', '一番', '一旦',
  '一律', '一并', '一同', '一齐', '一再', '一贯', '一向', '一心', '一手', '一时', '一方面', '一口气', '一刀切',
  '一票否决', '一窗', '一网', '一码', '一网通办', '一网统管', '一件事', '一个个', '一头', '一片', '一处',
  '一份', '一支', '一流', '第一', '一级', '二级', '三级', '一期', '二期', '三期', '一号', '一带一路', '一把',
  '一道', '一步', '一步步', '一层', '一点', '一点点', '两手', '两头', '两条腿', '三令五申', '四面八方',
  '五湖四海', '七上八下', '九牛一毛', '十全十美', '万无一失', '一心一意', '三心二意', '千方百计', '千家万户',
  '千军万马', '万众一心', '一五一十', '一次次', '一年年', '一天天', '一年一度', '一路', '一体', '一手抓',
  '一岗双责', '一事一议', '一企一策', '一县一策', '一村一品', '一地一站', '一户一宅', '一人一档', '一码通',
  '三分天下', '七成熟', '一成不变', '两者', '三者', '一两', '一二', '两三', '三四', '四五', '五六', '六七',
  '七八', '八九', '一方', '双方', '一端', '一屏', '一图', '一表', '一单', '一库', '一平台', '一证通',
  '一遍', '一阵', '一番', '一席', '一行', '一举', '一经', '一应', '一概', '一面', '一边', '一下',
  '初一', '八项规定', '三项制度', '两项补贴', '一孔之见', '一眼', '一打三整治', '十一五', '十二五', '十三五', '十四五', '十五五',
]);

/** After "N个" written in Chinese numerals: slogans, not counts (两个维护, 四个意识, 六个千亿). */
export const SLOGAN_AFTER_GE: readonly string[] = [
  '意识', '自信', '维护', '确立', '全面', '代表', '务必', '毫不动摇', '伟大', '必须', '没有变', '健康', '先行',
  '高水平', '重要窗口', '倍增', '万亿', '千亿', '百亿', '一百年',
];

/** Characters that may sit next to a bare Chinese numeral that is still a number ("这是五", "前三"). */
export const NEUTRAL_BEFORE: ReadonlySet<string> = new Set(['是', '前', '为', '“', '”', '"', '‘', '’', '「', '」', '(', ')', '（', '）', '，', ',', '。', '、', '；', ';', ':', '：', ' ', '\n', '《', '》']);
export const NEUTRAL_AFTER: ReadonlySet<string> = new Set(['的', '这', '那', '不', '却', '而', '和', '与', '或', '“', '”', '"', '‘', '’', '「', '」', '(', ')', '（', '）', '，', ',', '。', '、', '；', ';', ':', '：', ' ', '\n', '《', '》', '!', '！', '?', '？']);

/** True when an idiom covers the span [s, e) of the normalised text. */
export function coveredByIdiom(n: string, s: number, e: number): boolean {
  for (let len = 2; len <= 4; len++) {
    for (let from = e - len; from <= s; from++) {
      if (from < 0 || from + len > n.length) continue;
      if (NUMERAL_IDIOMS.has(n.slice(from, from + len))) return true;
    }
  }
  return false;
}
