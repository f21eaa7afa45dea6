import { classifyTarget } from '../measurability';
import type { Measurability } from '../measurability';
import type { ParsedText } from './parsed-text';
import { asParsed } from './parsed-text';
import { clauseAt } from './clauses';
import { comparisonSide, directionOf } from './direction';
import type { Indicator } from './indicator';
import { quantityContext } from './quantity-context';
import { isArticle, isTimeLimit } from './quantity-filters';
import type { Quantity } from '../quantity';

const DELIVERABLE_VERB = /(?:出台|印发|制定|编制|发布|形成|修订|颁布)/u;
/** A bound right after the number, kept in the phrase: 以上, 以内, 以下, 左右. */
const BOUND_AFTER = /^\s*(?:以上|以内|以下|左右)/u;

function inside(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

type QuantityIndicatorShape = Extract<Indicator, { kind: 'quantity' }>;

/**
 * A quantity indicator whose words (metric, direction, phrase, side, clause text) are read from the text
 * only when first asked for: most indicators have no reported figure of their unit and are never compared.
 * A class, so the lazy fields are getters on the prototype; the same values as reading them at once.
 */
class QuantityIndicator implements QuantityIndicatorShape {
  readonly kind = 'quantity' as const;
  readonly start: number;
  readonly end: number;
  private words: Omit<QuantityIndicatorShape, 'kind' | 'start' | 'end' | 'quantity'> | null = null;

  constructor(
    readonly quantity: Quantity,
    private readonly source: string,
    private readonly clauses: ParsedText['clauses'],
    private readonly list: readonly Quantity[],
    private readonly index: number,
  ) {
    this.start = quantity.start;
    this.end = quantity.end;
  }

  private read(): NonNullable<QuantityIndicator['words']> {
    if (this.words) return this.words;
    const q = this.quantity;
    const ctx = quantityContext(this.source, this.clauses, this.list, this.index);
    const clause = ctx?.clause ?? { text: this.source };
    this.words = {
      text: clause.text.trim(),
      metric: ctx?.metric ?? { before: '', after: '' },
      direction: directionOf(q, ctx?.before ?? '', ctx?.after ?? ''),
      phrase: (ctx?.phrase ?? q.text) + (BOUND_AFTER.exec(ctx?.after ?? '')?.[0]?.trim() ?? ''),
      side: comparisonSide(ctx?.clauseBefore ?? ''),
    };
    return this.words;
  }

  get text(): string { return this.read().text; }
  get metric(): QuantityIndicatorShape['metric'] { return this.read().metric; }
  get direction(): QuantityIndicatorShape['direction'] { return this.read().direction; }
  get phrase(): string { return this.read().phrase; }
  get side(): QuantityIndicatorShape['side'] { return this.read().side; }

  /** Plain data (JSON, test comparisons): every field, read. */
  toJSON(): QuantityIndicatorShape {
    const w = this.read();
    return { kind: 'quantity', text: w.text, start: this.start, end: this.end, quantity: this.quantity, metric: w.metric, direction: w.direction, phrase: w.phrase, side: w.side };
  }
}

/** Turns a target text into indicators: quantities with metric and direction, documents, milestones. */
export function targetIndicators(input: string | ParsedText, measured?: Measurability): Indicator[] {
  const { text, quantities: parsed, clauses, titles } = asParsed(input);
  measured ??= classifyTarget(text);
  const out: Indicator[] = [];
  const quantities = parsed.filter(
    (q) => (q.kind !== 'duration' || isTimeLimit(text, q.start)) && !inside(titles, q.start, q.end) && !isArticle(q),
  );
  // quantityContext never returns null for an index inside the list.
  quantities.forEach((q, i) => out.push(new QuantityIndicator(q, text, clauses, quantities, i)));

  for (const e of measured.evidence) {
    if (e.kind === 'deliverable') {
      const named = titles.filter((t) => t.start >= e.start - 1 && t.end <= e.end + 1);
      if (named.length > 0) {
        for (const t of named) out.push({ kind: 'deliverable', text: e.text, start: t.start, end: t.end, title: t.title });
      } else {
        const object = e.text.replace(DELIVERABLE_VERB, '');
        out.push({ kind: 'deliverable', text: e.text, start: e.start, end: e.end, title: object });
      }
    } else if (e.kind === 'milestone' && !out.some((o) => o.kind === 'quantity' && o.start >= e.start && o.end <= e.end)) {
      const clause = clauseAt(clauses, e.start);
      // One indicator per clause: "建成…并上线运行" is one commitment, and "建成…中心40个" is its count.
      if (clause && out.some((o) => o.kind !== 'deliverable' && o.start >= clause.start && o.start < clause.end)) continue;
      out.push({ kind: 'milestone', text: clause?.text.trim() ?? e.text, start: e.start, end: e.end, verb: e.text, object: clause?.text ?? e.text });
    }
  }
  // Kept in the analysis: an array grown by push keeps room for 17 entries, so keep an exact copy.
  return out.length === 0 ? [] : out.slice();
}
