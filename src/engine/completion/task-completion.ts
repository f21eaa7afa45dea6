import type { Measurability } from '../measurability';
import { classifyTarget } from '../measurability';
import { parseText } from './parsed-text';
import type { RatioEvidence } from './evidence';
import type { Indicator } from './indicator';
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

/** Computes a task's completion from its target and progress texts. */
export function taskCompletion(
  target: string | null,
  progress: string | null,
  aggregate: Aggregate = 'mean',
  measured?: Measurability,
): Completion {
  if (!progress) {
    return { ratio: null, evidence: [], indicators: [], results: [], statedDone: false };
  }
  const indicators = target ? targetIndicators(parseText(target), measured ?? classifyTarget(target)) : [];
  const parsed = parseText(progress);
  const statements = progressStatements(parsed);
  const needsActuals = indicators.some((i) => i.kind === 'quantity');
  const results = matchIndicators(indicators, needsActuals ? progressActuals(parsed) : [], statements);
  const computed = results.filter((r): r is IndicatorResult & { ratio: number; evidence: RatioEvidence } => r.ratio !== null && r.evidence !== null);
  const pairEvidence = computed.map((r) => r.evidence);
  const computedRatio =
    computed.length === 0
      ? null
      : round(aggregate === 'min' ? Math.min(...computed.map((r) => r.ratio)) : computed.reduce((s, r) => s + r.ratio, 0) / computed.length);

  // An explicit statement about the task wins over computed pairs (both stay in the evidence).
  const rates = statements.filter((s) => s.kind === 'rate' && s.ratio !== null);
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
