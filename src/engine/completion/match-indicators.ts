import { GramText, similarityOf } from '../text/closest';
import type { RatioEvidence } from './evidence';
import type { Actual, Indicator, Statement } from './indicator';
import { metricSimilarity } from './metric';
import { sameTitle } from './titles';

/** Below this a reported figure is not taken for the target's metric. */
export const MIN_METRIC_SIMILARITY = 0.4;

const round = (x: number): number => Math.round(x * 10000) / 10000;

export interface IndicatorResult {
  indicator: Indicator;
  ratio: number | null;
  evidence: RatioEvidence | null;
}

function bestActual(indicator: Extract<Indicator, { kind: 'quantity' }>, actuals: readonly Actual[]): Actual | null {
  // Nothing of the indicator's unit reported: its words (read lazily) are not needed.
  if (actuals.length === 0) return null;
  const wantChange =
    indicator.direction === 'decreaseBy' ? 'decrease' : indicator.direction === 'increaseBy' ? 'increase' : null;
  let best: Actual | null = null;
  let bestScore = MIN_METRIC_SIMILARITY;
  for (const a of actuals) {
    if (a.quantity.unit !== indicator.quantity.unit || a.quantity.kind !== indicator.quantity.kind) continue;
    if (a.change !== wantChange) continue;
    // "高于全省2个百分点" is not met by "低于全省0.2个百分点".
    if (indicator.side !== a.side) continue;
    const score = metricSimilarity(indicator.metric, a.metric);
    if (score > bestScore + 1e-9) {
      best = a;
      bestScore = score;
    }
  }
  return best;
}

function quantityResult(indicator: Extract<Indicator, { kind: 'quantity' }>, actuals: readonly Actual[]): IndicatorResult {
  const none = { indicator, ratio: null, evidence: null };
  const actual = bestActual(indicator, actuals);
  const target = indicator.quantity.value;
  if (!actual || !(target > 0)) return none;
  const value = actual.quantity.value;
  if (indicator.direction === 'atMost') {
    if (value > target) return none;
    return { indicator, ratio: 1, evidence: { kind: 'limit-met', actual: actual.phrase, target: indicator.phrase, ratio: 1 } };
  }
  const ratio = round(value / target);
  return { indicator, ratio, evidence: { kind: 'pair', actual: actual.phrase, target: indicator.phrase, direction: indicator.direction, ratio } };
}

function documentResult(indicator: Extract<Indicator, { kind: 'deliverable' }>, statements: readonly Statement[]): IndicatorResult {
  const mentions = statements.filter((s) => s.kind === 'issued' && sameTitle(s.subject, indicator.title));
  if (mentions.length === 0) return { indicator, ratio: null, evidence: null };
  // A document still in draft gives no ratio: "0%" would misstate a task that is under way.
  if (!mentions.some((s) => s.ratio === 1)) return { indicator, ratio: null, evidence: null };
  return { indicator, ratio: 1, evidence: { kind: 'document', title: indicator.title, issued: true, ratio: 1 } };
}

/** Built statements' subjects without spaces, kept for comparison with every milestone. */
type Subjects = Map<Statement, GramText>;

function subjectOf(s: Statement, subjects: Subjects): GramText {
  let g = subjects.get(s);
  if (!g) subjects.set(s, (g = new GramText(s.subject.replace(/\s+/gu, ''))));
  return g;
}

function milestoneResult(
  indicator: Extract<Indicator, { kind: 'milestone' }>, statements: readonly Statement[], subjects: Subjects,
): IndicatorResult {
  let best: Statement | null = null;
  let bestScore = 0;
  const object = new GramText(indicator.object.replace(/\s+/gu, ''));
  for (const s of statements) {
    if (s.kind !== 'built') continue;
    const score = similarityOf(object, subjectOf(s, subjects));
    // The same completion verb ("封顶" … "封顶") lets a shorter report count; otherwise the object must agree closely.
    const sameVerb = s.verb !== undefined && s.verb.length > 0 && indicator.object.includes(s.verb);
    if (score < (sameVerb ? 0.3 : 0.5)) continue;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (!best) return { indicator, ratio: null, evidence: null };
  return { indicator, ratio: 1, evidence: { kind: 'milestone', target: indicator.text, reported: best.text, ratio: 1 } };
}

/** Pairs each indicator with what the progress reports; no credible pair, no ratio. */
export function matchIndicators(
  indicators: readonly Indicator[],
  actuals: readonly Actual[],
  statements: readonly Statement[],
): IndicatorResult[] {
  // Actuals by quantity kind and unit, in their order: bestActual skips every other one.
  const byUnit = new Map<string, Map<string, Actual[]>>();
  for (const a of actuals) {
    let units = byUnit.get(a.quantity.kind);
    if (!units) byUnit.set(a.quantity.kind, (units = new Map()));
    const list = units.get(a.quantity.unit);
    if (list) list.push(a);
    else units.set(a.quantity.unit, [a]);
  }
  const subjects: Subjects = new Map();
  return indicators.map((indicator) => {
    if (indicator.kind === 'quantity') {
      return quantityResult(indicator, byUnit.get(indicator.quantity.kind)?.get(indicator.quantity.unit) ?? []);
    }
    if (indicator.kind === 'deliverable') return documentResult(indicator, statements);
    return milestoneResult(indicator, statements, subjects);
  });
}
