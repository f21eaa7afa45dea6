/** Public shapes of the target measurability classifier. Offsets are UTF-16 units into the input. */

export type MeasurableKind = 'quantity' | 'rate' | 'deliverable' | 'milestone' | 'absolute' | 'deadline';

/** Stable order used for kinds lists. */
export const MEASURABLE_KINDS: readonly MeasurableKind[] = ['quantity', 'rate', 'deliverable', 'milestone', 'absolute', 'deadline'];

export interface Evidence {
  kind: MeasurableKind;
  text: string;
  start: number;
  end: number;
}

/**
 * empty: nothing to judge; directional-only: only 推进/加强 … without a criterion; no-criterion: no
 * criterion and no directional verb; vague-quantity: 一批/若干/一系列 instead of a number;
 * comparison-only: 快于/高于/基本同步 without a figure.
 */
export type UnmeasurableReason = 'empty' | 'directional-only' | 'no-criterion' | 'vague-quantity' | 'comparison-only';

export const UNMEASURABLE_REASONS: readonly UnmeasurableReason[] = [
  'empty', 'directional-only', 'no-criterion', 'vague-quantity', 'comparison-only',
];

export interface NumberedItem {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface ItemMeasurability extends NumberedItem {
  measurable: boolean;
  /** Shared and frozen: never change it in place. */
  kinds: readonly MeasurableKind[];
  evidence: Evidence[];
  reason: UnmeasurableReason | null;
}

export interface Measurability {
  /** True only if every numbered item is measurable (a text without numbering is one item). */
  measurable: boolean;
  /** Shared and frozen: never change it in place. */
  kinds: readonly MeasurableKind[];
  evidence: Evidence[];
  reason: UnmeasurableReason | null;
  items: ItemMeasurability[];
  /** Directional verbs found in the items that are not measurable. */
  directionalVerbs: string[];
}
