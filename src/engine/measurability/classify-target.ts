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
import { phraseEvidence } from './phrase-evidence';
import { quantityEvidence } from './quantity-evidence';
import { itemsOf, numberingOf, preambleOf } from './split-items';
import type { Quantity } from '../quantity/types';
import type { TextSpan } from './text-span';
import { triggersOf } from './triggers';
import type { Evidence, ItemMeasurability, MeasurableKind, Measurability, NumberedItem, UnmeasurableReason } from './types';
import { MEASURABLE_KINDS } from './types';
import { COMPARISON, VAGUE_QUANTITY } from './vocabulary';

const CONTENT = /[\u4e00-\u9fffA-Za-z0-9]/;

function byPosition(a: Evidence, b: Evidence): number {
  return a.start - b.start || a.end - b.end;
}

function byStart(a: Evidence, b: Evidence): number {
  return a.start - b.start;
}

/** Stable sort that skips the work when the list is already in order (the usual case), same result. */
function sortStable(list: Evidence[], cmp: (a: Evidence, b: Evidence) => number): void {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a !== undefined && b !== undefined && cmp(a, b) > 0) {
      list.sort(cmp);
      return;
    }
  }
}

/** Evidence in [from, to), in the order of the searches, then sorted (stable) by position. */
function evidenceIn(original: string, norm: string, from: number, to: number, found: Quantity[]): Evidence[] {
  const slice = norm.slice(from, to);
  const span: TextSpan = { original, norm: slice, from, to, triggers: triggersOf(slice), found };
  const all: Evidence[] = [];
  quantityEvidence(span, all);
  deliverableEvidence(span, all);
  milestoneEvidence(span, all);
  absoluteEvidence(span, all);
  deadlineEvidence(span, all);
  phraseEvidence(span, all);
  sortStable(all, byPosition);
  // An array grown by push keeps room for 17 entries; the analysis keeps this one, so keep it exact.
  return all.length === 0 ? [] : all.slice();
}

/** One shared, frozen kinds list per set of kinds (at most 64): retained analyses hold no copy of their own. */
const KIND_LISTS: (readonly MeasurableKind[])[] = [];

function kindsOf(evidence: readonly Evidence[]): readonly MeasurableKind[] {
  let mask = 0;
  for (const e of evidence) mask |= 1 << MEASURABLE_KINDS.indexOf(e.kind);
  let list = KIND_LISTS[mask];
  if (!list) {
    list = Object.freeze(MEASURABLE_KINDS.filter((_, i) => (mask & (1 << i)) !== 0));
    KIND_LISTS[mask] = list;
  }
  return list;
}

function reasonFor(itemNorm: string): UnmeasurableReason {
  if (!CONTENT.test(itemNorm)) return 'empty';
  if (VAGUE_QUANTITY.test(itemNorm)) return 'vague-quantity';
  if (COMPARISON.test(itemNorm)) return 'comparison-only';
  return directionalVerbs(itemNorm).length > 0 ? 'directional-only' : 'no-criterion';
}

function classifyItem(original: string, norm: string, item: NumberedItem, found: Quantity[]): ItemMeasurability {
  const evidence = evidenceIn(original, norm, item.start, item.end, found);
  const measurable = evidence.length > 0;
  // Built field by field (not {...item, …}): spreading and then adding keys is a slow path in V8.
  return {
    index: item.index,
    text: item.text,
    start: item.start,
    end: item.end,
    measurable,
    kinds: kindsOf(evidence),
    evidence,
    reason: measurable ? null : reasonFor(norm.slice(item.start, item.end)),
  };
}

export function classifyTarget(text: string): Measurability {
  return classifyTargetScan(text).measurability;
}

export interface TargetScan {
  measurability: Measurability;
  quantities: readonly Quantity[];
}

/**
 * classifyTarget, and the quantities of the text as the classifier read them: those of the part before the
 * first numbered item and of each item, each part parsed on its own (parseQuantities of the part), in the
 * coordinates of the whole text. The completion stage reads the target's figures from them.
 */
export function classifyTargetScan(text: string): TargetScan {
  const original = typeof text === 'string' ? text : '';
  const found: Quantity[] = [];
  const norm = normalizeChars(original);
  const numbering = numberingOf(norm);
  const pre = preambleOf(original, numbering);
  const evidence: Evidence[] = pre ? evidenceIn(original, norm, pre.start, pre.end, found) : [];
  const items = itemsOf(original, numbering).map((it) => classifyItem(original, norm, it, found));
  for (const i of items) for (const e of i.evidence) evidence.push(e);
  sortStable(evidence, byStart);
  const measurable = items.length > 0 && items.every((i) => i.measurable);
  const failing = items.filter((i) => !i.measurable);
  const reason: UnmeasurableReason | null = measurable ? null : items.length === 0 ? 'empty' : failing[0]?.reason ?? 'no-criterion';
  const verbs = measurable ? [] : directionalVerbs(failing.map((i) => norm.slice(i.start, i.end)).join('\n'));
  return {
    measurability: { measurable, kinds: kindsOf(evidence), evidence, reason, items, directionalVerbs: verbs },
    quantities: found,
  };
}
