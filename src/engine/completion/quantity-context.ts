import type { Quantity } from '../quantity';
import type { Clause } from './clauses';
import { clauseAt } from './clauses';
import { charTable, firstNonSpace } from '../text/char-filter';
import type { Metric } from './metric';
import { isThin, metricBefore, metricFrom } from './metric';

export interface QuantityContext {
  clause: Clause;
  /** Words between the previous number (or the clause start) and this one. */
  before: string;
  /** The same, reaching into the previous clause when this one names only a change ("比上年末提高"). */
  subject: string;
  /** Words after the number up to the next number or the clause end. */
  after: string;
  /** The whole clause up to the number. */
  clauseBefore: string;
  /** The number with the words that name it, as written, for evidence. */
  phrase: string;
  /** The metric the number belongs to (from `subject` and `after`). */
  metric: Metric;
}

const MARKER = /^\s*(?:\d{1,2}[.、．)]|[（(]\d{1,2}[）)]|[①-⑳])\s*/u;

/** The phrase of a context (see QuantityContext.phrase), from its clauseBefore and subject. */
/** What MARKER can start with after white space: a digit, an opening bracket or ①-⑳. */
const MARKER_FIRST = charTable('0123456789（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳', false);

/** text.replace(MARKER, ''), skipping the regex when the text cannot start with a marker. */
function withoutMarker(text: string): string {
  const first = firstNonSpace(text);
  return first < text.length && MARKER_FIRST[text.charCodeAt(first)] === 1 ? text.replace(MARKER, '') : text;
}

export function phraseOf(before: string, subject: string, q: Quantity): string {
  const words = withoutMarker(withoutMarker(before).trim().length >= 4 ? before : subject).trim();
  const tail = words.length > 24 ? `…${words.slice(-24)}` : words;
  return `${tail}${q.text}`;
}

/** The words around the i-th of a text's quantities; without `withPhrase`, phrase is left empty (see phraseOf). */
export function quantityContext(
  text: string, clauses: readonly Clause[], quantities: readonly Quantity[], i: number, withPhrase = true,
): QuantityContext | null {
  const q = quantities[i];
  if (!q) return null;
  const clause = clauseAt(clauses, q.start) ?? { text, start: 0, end: text.length };
  const prevEnd = Math.max(clause.start, quantities[i - 1]?.end ?? 0);
  const nextStart = Math.min(clause.end, quantities[i + 1]?.start ?? text.length);
  const before = text.slice(prevEnd, q.start);
  let subject = before;
  let words = metricBefore(before);
  // A thin metric borrows the previous clause's words, unless the number opens a numbered item ("2.4条…"):
  // the previous clause then belongs to another item.
  if (prevEnd === clause.start && isThin(words) && withoutMarker(before) === before) {
    const index = clauses.indexOf(clause);
    const previous = index > 0 ? clauses[index - 1] : undefined;
    if (previous) {
      const firstNumber = quantities.find((x) => x.start >= previous.start && x.start < previous.end);
      subject = text.slice(previous.start, firstNumber ? firstNumber.start : previous.end) + before;
      words = metricBefore(subject);
    }
  }
  const clauseBefore = text.slice(clause.start, q.start);
  const after = text.slice(q.end, nextStart);
  return { clause, before, subject, after, clauseBefore, phrase: withPhrase ? phraseOf(clauseBefore, subject, q) : '', metric: metricFrom(words, after) };
}
