import type { Quantity } from '../quantity';
import { parseQuantities } from '../quantity';
import type { Clause } from './clauses';
import { splitClauses } from './clauses';

/** A text with its quantities and clauses, computed once and shared by every reader of it. */
export interface ParsedText {
  text: string;
  quantities: readonly Quantity[];
  clauses: readonly Clause[];
}

export function parseText(text: string, quantities: readonly Quantity[] = parseQuantities(text)): ParsedText {
  return { text, quantities, clauses: splitClauses(text) };
}

export function asParsed(input: string | ParsedText): ParsedText {
  return typeof input === 'string' ? parseText(input) : input;
}
