import type { TargetScan } from '../measurability';
import { classifyTargetScan } from '../measurability';
import { parseText } from './parsed-text';
import { charTable, removeChars } from '../text/char-filter';
import type { RatioEvidence } from './evidence';
import type { Actual, Indicator } from './indicator';
import type { ParsedText } from './parsed-text';
import type { IndicatorResult } from './match-indicators';
import { matchIndicators } from './match-indicators';
import { progressActuals } from './progress-actuals';
import { progressStatements } from './progress-statements';
import { targetIndicators } from './target-indicators';

export type Aggregate = 'mean' | 'min';

export interface Completion {
  /** 0–n (1 = 100%), or null when the text supports no ratio. */
  ratio: number | null;
  /** The evidence behind the ratio; the first entry is the one that decided it. */
  evidence: RatioEvidence[];
  indicators: Indicator[];
  results: IndicatorResult[];
  /** True when the progress states the task is done (已完成, 超额完成, 完成率100%). */
  statedDone: boolean;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** /[\s\d.．,，、;；:：“”"'《》()（）%％]|月|日|年|亿|万|元|个/gu as a table (see removeChars). */
const NOT_WORDS = charTable('0123456789.．,，、;；:：“”"\'《》()（）%％月日年亿万元个', true);

/** Share of the metric's character pairs found in the text. */
function coverage(metric: string, text: string): number {
  if (metric.length < 2) return 0;
  let found = 0;
  for (let i = 0; i + 1 < metric.length; i++) if (text.includes(metric.slice(i, i + 2))) found++;
  return found / (metric.length - 1);
}

/** A stated rate is about the target when its subject names one of the target's metrics, or names nothing. */
function aboutTarget(subject: string, indicators: readonly Indicator[]): boolean {
  const quantities = indicators.filter((i): i is Extract<Indicator, { kind: 'quantity' }> => i.kind === 'quantity');
  const words = removeChars(subject, NOT_WORDS);
  if (quantities.length === 0 || words.length < 4) return true;
  return quantities.some((i) => coverage(removeChars(i.metric.before, NOT_WORDS), words) >= 0.3);
}

/** The progress figures that could pair with a quantity indicator: same unit and kind (see bestActual). */
function actualsFor(parsed: ParsedText, indicators: readonly Indicator[]): Actual[] {
  const units = new Map<string, Set<string>>();
  for (const i of indicators) {
    if (i.kind !== 'quantity') continue;
    const set = units.get(i.quantity.kind);
    if (set) set.add(i.quantity.unit);
    else units.set(i.quantity.kind, new Set([i.quantity.unit]));
  }
  if (units.size === 0) return [];
  return progressActuals(parsed, { wanted: (q) => units.get(q.kind)?.has(q.unit) === true });
}

/** Computes a task's completion from its target and progress texts. */
export function taskCompletion(
  target: string | null,
  progress: string | null,
  aggregate: Aggregate = 'mean',
  /** classifyTargetScan(target), when the caller has it already. */
  scanned?: TargetScan,
): Completion {
  if (!progress) {
    return { ratio: null, evidence: [], indicators: [], results: [], statedDone: false };
  }
  const classified = target ? scanned ?? classifyTargetScan(target) : null;
  // The target's figures as the classifier read them, item by item: an item's figures never borrow a
  // word of the next item.
  const indicators = target && classified ? targetIndicators(parseText(target, classified.quantities), classified.measurability) : [];
  const parsed = parseText(progress);
  // Issued and built statements only ever pair with deliverable and milestone indicators.
  const statements = progressStatements(parsed, {
    issued: indicators.some((i) => i.kind === 'deliverable'),
    built: indicators.some((i) => i.kind === 'milestone'),
  });
  const results = matchIndicators(indicators, actualsFor(parsed, indicators), statements);
  const computed = results.filter((r): r is IndicatorResult & { ratio: number; evidence: RatioEvidence } => r.ratio !== null && r.evidence !== null);
  const pairEvidence = computed.map((r) => r.evidence);
  const computedRatio =
    computed.length === 0
      ? null
      : round(aggregate === 'min' ? Math.min(...computed.map((r) => r.ratio)) : computed.reduce((s, r) => s + r.ratio, 0) / computed.length);

  // An explicit statement about the task wins over computed pairs (both stay in the evidence),
  // but only when it is about the target: "大湾区重大项目完成年度计划的74.2%" says nothing of a
  // target "大湾区经济总量占比重达23%".
  const rates = statements.filter((s) => s.kind === 'rate' && s.ratio !== null && aboutTarget(s.subject, indicators));
  if (rates.length > 0) {
    const ratio = round(rates.reduce((s, r) => s + (r.ratio ?? 0), 0) / rates.length);
    const evidence: RatioEvidence[] = rates.map((r) => ({ kind: 'stated-rate', text: r.text, ratio: r.ratio ?? 0 }));
    return { ratio, evidence: [...evidence, ...pairEvidence], indicators, results, statedDone: ratio >= 1 };
  }
  const exceeded = statements.find((s) => s.kind === 'exceeded');
  if (exceeded) {
    const ratio = Math.max(1, computedRatio ?? 1);
    return { ratio, evidence: [{ kind: 'exceeded', text: exceeded.text, ratio }, ...pairEvidence], indicators, results, statedDone: true };
  }
  const done = statements.find((s) => s.kind === 'done');
  if (done && indicators.length > 0 && (computedRatio === null || computedRatio >= 1)) {
    return { ratio: 1, evidence: [{ kind: 'stated-done', text: done.text, ratio: 1 }, ...pairEvidence], indicators, results, statedDone: true };
  }
  return { ratio: computedRatio, evidence: pairEvidence, indicators, results, statedDone: false };
}
