/**
 * Quantity parser benchmark: our parseQuantities against Microsoft Recognizers-Text (Chinese culture) on
 * the same generated ledger texts, in one run.
 */
import { performance } from 'perf_hooks';
import * as RecNumber from '@microsoft/recognizers-text-number';
import * as RecUnit from '@microsoft/recognizers-text-number-with-unit';
import { parseQuantities } from '../src/engine/quantity';

const CULTURE = 'zh-cn';

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = ['一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十二', '二十', '三十', '五十', '八百', '一千'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function int(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function dec(r: () => number, lo: number, hi: number): string {
  return (lo + r() * (hi - lo)).toFixed(1);
}

type Phrase = (r: () => number) => string;

const TARGET_PHRASES: readonly Phrase[] = [
  (r) => `全市开发区(园区)整合到${int(r, 40, 200)}个以内`,
  (r) => `培育${pick(r, CN)}个省级产业创新服务综合体`,
  (r) => `全年重大项目完成投资${int(r, 500, 9000)}亿元以上`,
  (r) => `港口集装箱吞吐量达到${int(r, 300, 3500)}万标箱`,
  (r) => `新增高新技术企业${int(r, 100, 4000)}家`,
  (r) => `单位生产总值能耗下降${dec(r, 1, 5)}%左右`,
  (r) => `服务业增加值占比提高${dec(r, 0.2, 2)}个百分点`,
  (r) => `新建改造农村公路${int(r, 100, 9000)}公里`,
  (r) => `新增光伏装机${int(r, 5, 200)}万千瓦`,
  (r) => `危险废物利用处置能力达到${int(r, 5, 60)}万吨/年`,
  (r) => `新增养老床位${int(r, 1000, 9000)}余张`,
  (r) => `改造老旧小区${pick(r, CN)}百个`,
  (r) => `年底前出台《全市${pick(r, ['数字经济', '氢能产业', '养老服务', '城市更新'])}发展实施方案》`,
  (r) => `${int(r, 6, 12)}月底前完成省级平台开发并上线运行`,
  (r) => `推动${int(r, 3, 12)}-${int(r, 13, 20)}家企业在境内外上市`,
  () => '继续推进开发区优化提升，加快建设现代化基础设施体系',
  () => '深化“最多跑一次”改革，实施“六个千亿”产业投资工程',
  () => '确保固定资产投资增速与经济增速基本同步',
  (r) => `力争数字经济核心产业增加值增长${int(r, 8, 20)}%以上`,
  (r) => `城镇调查失业率控制在${dec(r, 4, 6)}%以内`,
];

const PROGRESS_PHRASES: readonly Phrase[] = [
  (r) => `1-${int(r, 3, 11)}月，全市固定资产投资同比增长${dec(r, 2, 15)}%`,
  (r) => `累计完成投资${int(r, 100, 6000)}.${int(r, 1, 9)}亿元，计划完成率达${dec(r, 40, 99)}%`,
  (r) => `${int(r, 1, 12)}月${int(r, 1, 28)}日，印发《关于加快推进${pick(r, ['冷链物流', '城市更新', '未来社区'])}建设的实施意见》`,
  (r) => `认定公布${int(r, 10, 90)}家省级试点名单`,
  (r) => `获国家中央预算内资金补助${dec(r, 0.5, 9)}亿元`,
  (r) => `组织召开第${int(r, 2, 30)}次全市扩大有效投资重大项目协调例会`,
  (r) => `${int(r, 2, 9)}个项目开工建设，${int(r, 1, 5)}个项目竣工投运`,
  (r) => `累计用电量达到${dec(r, 0.5, 9)}亿度，降低企业用电成本${dec(r, 100, 900)}万元`,
  (r) => `已印发浙江省“4+1”重大项目建设计划${int(r, 2019, 2023)}年实施计划(浙政办发〔${int(r, 2019, 2023)}〕${int(r, 1, 60)}号)`,
  (r) => `公共信用产品日均使用量达${dec(r, 1, 9)}万次，部门覆盖率达${dec(r, 60, 99)}%`,
  (r) => `新增托位${int(r, 1000, 9000)}个，建成乡镇居家养老服务中心${pick(r, CN)}十个`,
  (r) => `第二批试点体验中心基本建成，${int(r, 10, 60)}个创建社区取得示范性成果`,
];

/**
 * Items without a figure, as real cells mix them in: work done, meetings held on a date, follow-up. Without
 * them every item carries a figure, which packs 1.5–2.6 times the figures of a real ledger (see LEDGER_MIX).
 */
const TARGET_NARRATIVE: readonly Phrase[] = [
  () => '健全重大项目全生命周期服务机制，强化用地用能等要素保障',
  () => '完善产业链链长制工作体系，推动上下游企业协同发展',
  () => '加强对各地政策落实情况的跟踪评估',
  () => '推进公共数据平台与部门业务系统互联互通',
  () => '压实属地责任，形成市县联动、部门协同的工作格局',
  () => '优化审批流程，提升政务服务便利化水平',
  () => '深化区域合作，积极融入长三角一体化发展',
  () => '建立健全常态化监测预警机制',
];

const PROGRESS_NARRATIVE: readonly Phrase[] = [
  (r) => `${int(r, 1, 12)}月${int(r, 1, 28)}日，召开全市${pick(r, ['项目推进', '招商引资', '营商环境'])}工作会议，部署下阶段重点工作`,
  (r) => `${int(r, 1, 12)}月起，开展${pick(r, ['安全生产', '生态环境', '消防'])}专项检查，督促问题整改到位`,
  () => '以文件形式向各县(市、区)下发申报通知，启动项目遴选工作',
  () => '多数县(市、区)已报送初审材料，正在组织专家评审',
  () => '会同有关部门赴重点企业开展调研，梳理形成问题清单并逐项交办',
  () => '持续跟踪各地政策落实情况，定期通报工作进展',
  () => '建立专班推进机制，每月召开例会协调解决项目推进中的困难',
  () => '起草形成实施方案初稿，已征求相关部门意见',
  () => '指导各地完善项目储备库，做好前期工作',
  () => '协调解决用地、用能等要素制约问题',
];

/**
 * How the items of a cell are drawn. `dense`: every item from the figure phrases (the mix of earlier
 * benchmarks, kept as a stress case). `ledger`: a share of items without a figure, set so the figures per
 * 100 characters match those of the real ledger in ../shared/seeds (000_…: 目标体系 2.4 quantities,
 * 进展情况 1.5 quantities and 4.0 numbers per 100 characters; bench/density prints both).
 */
export type TextMix = 'dense' | 'ledger';

/** The mix a command-line argument names: `dense`, else the ledger mix. */
export function textMix(arg: string | undefined): TextMix {
  return arg === 'dense' ? 'dense' : 'ledger';
}

const LEDGER_MIX = { target: 0.3, progress: 0.55 };

function compose(r: () => number, phrases: readonly Phrase[], min: number, max: number, narrative: readonly Phrase[] = [], share = 0): string {
  const target = int(r, min, max);
  const parts: string[] = [];
  let len = 0;
  let i = 1;
  while (len < target) {
    const from = share > 0 && r() < share ? narrative : phrases;
    const p = `${i}.${pick(r, from)(r)}。`;
    parts.push(p);
    len += p.length + 1;
    i++;
  }
  let text = parts.join(' ');
  if (text.length > max) text = text.slice(0, max);
  return text;
}

/** Target and progress texts (100–300 characters each), deterministic for a seed and mix (see TextMix). */
export function generateLedgerTexts(n: number, seed: number, mix: TextMix = 'ledger'): { target: string; progress: string }[] {
  const r = prng(seed);
  const out: { target: string; progress: string }[] = [];
  const share = mix === 'ledger' ? LEDGER_MIX : { target: 0, progress: 0 };
  for (let i = 0; i < n; i++) {
    out.push({
      target: compose(r, TARGET_PHRASES, 100, 300, TARGET_NARRATIVE, share.target),
      progress: compose(r, PROGRESS_PHRASES, 100, 300, PROGRESS_NARRATIVE, share.progress),
    });
  }
  return out;
}

interface Span { start: number; end: number }

function recognizers(text: string): { units: Span[]; all: number } {
  const currency = RecUnit.recognizeCurrency(text, CULTURE);
  const dimension = RecUnit.recognizeDimension(text, CULTURE);
  const percent = RecNumber.recognizePercentage(text, CULTURE);
  const numbers = RecNumber.recognizeNumber(text, CULTURE);
  const units = [...currency, ...dimension].map((m) => ({ start: m.start, end: m.end + 1 }));
  return { units, all: currency.length + dimension.length + percent.length + numbers.length };
}

/** Parses the same texts with both libraries; times are per text. */
export async function benchQuantities(texts: string[]): Promise<{
  ourMsPerText: number;
  recognizersMsPerText: number;
  ratio: number;
  countersWeFindTheyMiss: number;
}> {
  if (texts.length === 0) return { ourMsPerText: 0, recognizersMsPerText: 0, ratio: 0, countersWeFindTheyMiss: 0 };
  // Warm up both (JIT, lazy regex compilation in Recognizers).
  for (const t of texts.slice(0, 5)) {
    parseQuantities(t);
    recognizers(t);
  }
  const ourRounds = 20;
  let t0 = performance.now();
  let ours: ReturnType<typeof parseQuantities>[] = [];
  for (let k = 0; k < ourRounds; k++) ours = texts.map((t) => parseQuantities(t));
  const ourMs = (performance.now() - t0) / ourRounds;

  t0 = performance.now();
  const theirs = texts.map((t) => recognizers(t));
  const recMs = performance.now() - t0;

  let missed = 0;
  ours.forEach((qs, i) => {
    const units = theirs[i]?.units ?? [];
    for (const q of qs) {
      if (q.kind !== 'count') continue;
      const covered = units.some((u) => u.start <= q.start && u.end >= q.end);
      if (!covered) missed++;
    }
  });
  await Promise.resolve();
  const ourMsPerText = ourMs / texts.length;
  const recognizersMsPerText = recMs / texts.length;
  return {
    ourMsPerText,
    recognizersMsPerText,
    ratio: ourMsPerText > 0 ? recognizersMsPerText / ourMsPerText : Infinity,
    countersWeFindTheyMiss: missed,
  };
}
