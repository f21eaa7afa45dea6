/**
 * Units, counters and currencies that may follow a number, plus the words after a number that make it
 * NOT a quantity (年级, 号, 届, 季度 …). Longest match wins, so "个月" beats "个" and "年级" beats "年".
 */
import type { QuantityKind } from './types';

export type NotQuantityReason =
  | 'year' | 'month' | 'day' | 'clock' | 'period' | 'ordinal' | 'docNumber' | 'version' | 'grade' | 'name';

export interface UnitEntry {
  written: string;
  /** Base unit reported in Quantity.unit. */
  base: string;
  kind: QuantityKind | 'exclude';
  reason?: NotQuantityReason;
  /** Latin units: must not be followed by another Latin letter. */
  latin?: boolean;
  /** Needs a context decision (年, 日, 期, 成, 方, 度, 分 …). */
  contextual?: boolean;
  /** Descriptive measures (ages) that never state a target. */
  descriptive?: boolean;
}

const AMOUNT: readonly (readonly [string, string])[] = [
  ['元', '元'], ['人民币', '元'], ['元人民币', '元'], ['美元', '美元'], ['美金', '美元'], ['美圆', '美元'],
  ['欧元', '欧元'], ['日元', '日元'], ['港元', '港元'], ['港币', '港元'], ['英镑', '英镑'],
];

const COUNTERS: readonly string[] = [
  '个', '家', '项', '条', '座', '所', '户', '人', '人次', '次', '台', '艘', '辆', '套', '件', '场', '篇', '张', '批',
  '处', '名', '支', '床', '床位', '间', '册', '栋', '幢', '部', '款', '位', '只', '头', '株', '棵', '根', '片', '块',
  '本', '份', '宗', '起', '例', '种', '类', '门', '节', '辆次', '架次', '车次', '班', '班次', '趟', '对', '双',
  '组', '队', '层', '轮', '笔', '枚', '盏', '列', '户次', '家次', '项次', '件次', '车道', '人年', '场次', '期', '分', '位数',
  // 机井25眼, 涵洞12孔, 设备30台套
  '眼', '孔', '台套',
  // 无人机100架, 标准机架5000架, 机电井15口
  '架', '口',
];

const MEASURES: readonly (readonly [string, string])[] = [
  ['公里', '公里'], ['千米', '千米'], ['米', '米'], ['厘米', '厘米'], ['公分', '公分'], ['毫米', '毫米'],
  ['平方米', '平方米'], ['平米', '平方米'], ['平方公里', '平方公里'], ['平方千米', '平方千米'], ['亩', '亩'],
  ['公顷', '公顷'], ['立方米', '立方米'], ['方', '方'], ['吨', '吨'], ['吨标煤', '吨标煤'], ['吨标准煤', '吨标准煤'],
  ['吨二氧化碳', '吨二氧化碳'], ['蒸吨', '蒸吨'], ['公斤', '公斤'], ['千克', '千克'], ['克', '克'], ['毫克', '毫克'],
  ['微克', '微克'], ['斤', '斤'], ['TEU', 'TEU'], ['teu', 'TEU'], ['标箱', 'TEU'], ['标准箱', 'TEU'],
  ['延米', '延米'], ['延长米', '延米'], ['千瓦', '千瓦'], ['瓦', '瓦'], ['兆瓦', '兆瓦'], ['吉瓦', '吉瓦'], ['千瓦时', '千瓦时'], ['度', '度'],
  ['千伏', '千伏'], ['千伏安', '千伏安'], ['兆伏安', '兆伏安'], ['升', '升'], ['立方', '立方米'],
  ['岁', '岁'], ['周岁', '周岁'], ['床日', '床日'], ['车公里', '车公里'], ['标准台', '标准台'],
];

const LATIN_MEASURES: readonly (readonly [string, string])[] = [
  ['km', 'km'], ['KM', 'km'], ['Km', 'km'], ['m', 'm'], ['cm', 'cm'], ['CM', 'cm'], ['mm', 'mm'], ['kg', 'kg'],
  ['KG', 'kg'], ['kW', 'kW'], ['KW', 'kW'], ['kw', 'kW'], ['MW', 'MW'], ['GW', 'GW'], ['kWh', 'kWh'], ['KWh', 'kWh'],
  ['kwh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['kV', 'kV'], ['KV', 'kV'], ['m2', 'm²'], ['m²', 'm²'],
  ['m3', 'm³'], ['m³', 'm³'], ['km2', 'km²'], ['km²', 'km²'], ['㎡', 'm²'], ['㎞', 'km'], ['㎏', 'kg'],
  // Computing power (算力): 2000PFlops, 5EFLOPS.
  ['PFlops', 'PFlops'], ['PFLOPS', 'PFlops'], ['Pflops', 'PFlops'], ['EFlops', 'EFlops'], ['EFLOPS', 'EFlops'],
  ['Eflops', 'EFlops'], ['TFlops', 'TFlops'], ['TFLOPS', 'TFlops'],
];

const RATES: readonly (readonly [string, string])[] = [
  ['%', '%'], ['‰', '‰'], ['‱', '‱'], ['个百分点', '个百分点'], ['百分点', '个百分点'], ['倍', '倍'], ['成', '成'],
];

const DURATIONS: readonly (readonly [string, string])[] = [
  ['天', '天'], ['日', '日'], ['年', '年'], ['个月', '个月'], ['周', '周'], ['个星期', '周'], ['星期', '周'],
  ['个工作日', '个工作日'], ['工作日', '个工作日'], ['小时', '小时'], ['个小时', '小时'], ['分钟', '分钟'],
  ['秒', '秒'], ['个季度', '个季度'], 
];

const EXCLUDES: readonly (readonly [string, NotQuantityReason])[] = [
  ['月', 'month'], ['月份', 'month'], ['季度', 'period'], ['号', 'docNumber'], ['号线', 'ordinal'],
  ['届', 'ordinal'], ['级', 'grade'], ['星级', 'grade'], ['年级', 'grade'], ['周年', 'ordinal'], ['世纪', 'period'],
  ['年代', 'period'], ['版', 'version'], ['中全会', 'ordinal'], ['次会议', 'ordinal'], ['次全会', 'ordinal'],
  ['次党代会', 'ordinal'], ['时', 'clock'], ['点', 'clock'], ['点钟', 'clock'], ['位一体', 'name'],
  ['年行动计划', 'name'], ['年行动', 'name'], ['年倍增', 'name'], ['年规划', 'name'], ['年攻坚', 'name'],
  ['号文', 'docNumber'],
  // 12333人社服务热线: 人社 (human resources and social security) is a word, not the counter 人.
  ['人社服务', 'name'], ['人社局', 'name'], ['人社部门', 'name'],
];

const CONTEXTUAL = new Set(['年', '日', '期', '成', '方', '度', '分', 'm', '周', '列', '次会议', '次全会', '次党代会']);

export interface TrieNode {
  /** Keyed by UTF-16 code unit (all units are BMP text). */
  children: Map<number, TrieNode>;
  entry: UnitEntry | null;
}

function newNode(): TrieNode {
  return { children: new Map(), entry: null };
}

function add(root: TrieNode, entry: UnitEntry): void {
  let node = root;
  for (let i = 0; i < entry.written.length; i++) {
    const ch = entry.written.charCodeAt(i);
    let next = node.children.get(ch);
    if (!next) {
      next = newNode();
      node.children.set(ch, next);
    }
    node = next;
  }
  node.entry = entry;
}

function isLatinWord(s: string): boolean {
  return /^[A-Za-z]/.test(s);
}

function build(): TrieNode {
  const root = newNode();
  const put = (written: string, base: string, kind: UnitEntry['kind'], extra: Partial<UnitEntry> = {}): void => {
    const e: UnitEntry = { written, base, kind, ...extra };
    if (CONTEXTUAL.has(written)) e.contextual = true;
    if (isLatinWord(written)) e.latin = true;
    add(root, e);
  };
  for (const [w, b] of AMOUNT) put(w, b, 'amount');
  for (const c of COUNTERS) put(c, c, 'count');
  for (const [w, b] of MEASURES) put(w, b, 'measure', b === '岁' || b === '周岁' ? { descriptive: true } : {});
  for (const [w, b] of LATIN_MEASURES) put(w, b, 'measure');
  for (const [w, b] of RATES) put(w, b, 'rate');
  for (const [w, b] of DURATIONS) put(w, b, 'duration');
  for (const [w, r] of EXCLUDES) put(w, w, 'exclude', { reason: r });
  return root;
}

export const UNIT_TRIE: TrieNode = build();

/** Time units allowed after "/" in compound units: 30万吨/年, 蒸吨/小时, 元/吨. */
export const PER_UNITS: readonly string[] = [
  '年', '小时', '天', '日', '月', '秒', '人', '户', '吨', '平方米', '立方米', '千瓦时', '亩', '公里', 'km', 'h',
  '人次', '件', '个', '台', '辆', '次', '周', '分钟', '人年', '床', '车', '标箱', 'TEU', '公斤', '千克', 'kg',
];
