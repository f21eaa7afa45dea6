import type { Quantity } from '../quantity';
import { parseQuantities } from '../quantity';
import type { Clause } from './clauses';
import { splitClauses } from './clauses';
import type { Title } from './titles';
import { findTitles } from './titles';

/** A text with its quantities and clauses, computed once and shared by every reader of it. */
export interface ParsedText {
  text: string;
  quantities: readonly Quantity[];
  clauses: readonly Clause[];
  /** Document titles in 《…》 (findTitles), read by indicators, actuals and statements alike. */
  titles: readonly Title[];
}

export function parseText(text: string, quantities: readonly Quantity[] = parseQuantities(text)): ParsedText {
  return { text, quantities, clauses: splitClauses(text), titles: findTitles(text) };
}

export function asParsed(input: string | ParsedText): ParsedText {
  return typeof input === 'string' ? parseText(input) : input;
}
