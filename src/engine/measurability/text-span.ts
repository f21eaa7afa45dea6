import type { Quantity } from '../quantity/types';

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
  /** Where the quantities read in the span are collected (whole-input coordinates), when wanted. */
  found?: Quantity[];
}
