import type { Quantity } from '../quantity/types';

/** Where a span covering the whole input reports the input's quantities (see classifyTargetScan). */
export interface WholeQuantities {
  quantities: readonly Quantity[] | null;
}

/** The part of a target being searched for evidence: normalised once, sliced once, shared by all searches. */
export interface TextSpan {
  /** The whole input, for evidence text. */
  original: string;
  /** normalizeChars(original).slice(from, to): what the patterns run on. */
  norm: string;
  from: number;
  to: number;
  /** triggersOf(norm): which patterns can match at all (see triggers). */
  triggers: number;
  /** Set when the span is the whole input: its quantities, parseQuantities(original), are reported here. */
  whole?: WholeQuantities;
}
