/**
 * Is a target measurable (可考核)? At least one checkable criterion per numbered item: a quantity, a rate,
 * a deliverable, a milestone, an absolute outcome or a dated commitment. Directional verbs alone are not.
 */
import { normalizeChars } from '../quantity/normalize-chars';
import { absoluteEvidence } from './absolute-evidence';
import { deadlineEvidence } from './deadline-evidence';
import { deliverableEvidence } from './deliverable-evidence';
import { directionalVerbs } from './directional';
import { milestoneEvidence } from './milestone-evidence';
import { quantityEvidence } from './quantity-evidence';
import { preambleSpan, splitNumberedItems } from './split-items';
import type { Evidence, ItemMeasurability, MeasurableKind, Measurability, NumberedItem, UnmeasurableReason } from './types';
import { MEASURABLE_KINDS } from './types';
import { COMPARISON, VAGUE_QUANTITY } from './vocabulary';

const CONTENT = /[\u4e00-\u9fffA-Za-z0-9]/;

function evidenceIn(original: string, norm: string, from: number, to: number): Evidence[] {
  const all = [
    ...quantityEvidence(original, from, to),
    ...deliverableEvidence(norm, original, from, to),
    ...milestoneEvidence(norm, original, from, to),
    ...absoluteEvidence(norm, original, from, to),
    ...deadlineEvidence(norm, original, from, to),
  ];
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all;
}

function kindsOf(evidence: readonly Evidence[]): MeasurableKind[] {
  const present = new Set(evidence.map((e) => e.kind));
  return MEASURABLE_KINDS.filter((k) => present.has(k));
}

function reasonFor(itemNorm: string): UnmeasurableReason {
  if (!CONTENT.test(itemNorm)) return 'empty';
  if (VAGUE_QUANTITY.test(itemNorm)) return 'vague-quantity';
  if (COMPARISON.test(itemNorm)) return 'comparison-only';
  return directionalVerbs(itemNorm).length > 0 ? 'directional-only' : 'no-criterion';
}

function classifyItem(original: string, norm: string, item: NumberedItem): ItemMeasurability {
  const evidence = evidenceIn(original, norm, item.start, item.end);
  const measurable = evidence.length > 0;
  return {
    ...item,
    measurable,
    kinds: kindsOf(evidence),
    evidence,
    reason: measurable ? null : reasonFor(norm.slice(item.start, item.end)),
  };
}

export function classifyTarget(text: string): Measurability {
  const original = typeof text === 'string' ? text : '';
  const norm = normalizeChars(original);
  const items = splitNumberedItems(original).map((it) => classifyItem(original, norm, it));
  const pre = preambleSpan(original);
  const preEvidence = pre ? evidenceIn(original, norm, pre.start, pre.end) : [];
  const evidence = [...preEvidence, ...items.flatMap((i) => i.evidence)].sort((a, b) => a.start - b.start);
  const measurable = items.length > 0 && items.every((i) => i.measurable);
  const failing = items.filter((i) => !i.measurable);
  const reason: UnmeasurableReason | null = measurable ? null : items.length === 0 ? 'empty' : failing[0]?.reason ?? 'no-criterion';
  const verbs = measurable ? [] : directionalVerbs(failing.map((i) => norm.slice(i.start, i.end)).join('\n'));
  return { measurable, kinds: kindsOf(evidence), evidence, reason, items, directionalVerbs: verbs };
}
