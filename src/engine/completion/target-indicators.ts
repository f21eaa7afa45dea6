import { classifyTarget } from '../measurability';
import type { Measurability } from '../measurability';
import type { ParsedText } from './parsed-text';
import { asParsed } from './parsed-text';
import { clauseAt } from './clauses';
import { comparisonSide, directionOf } from './direction';
import type { Indicator } from './indicator';
import { quantityContext } from './quantity-context';
import { isArticle, isTimeLimit } from './quantity-filters';

const DELIVERABLE_VERB = /(?:出台|印发|制定|编制|发布|形成|修订|颁布)/u;
/** A bound right after the number, kept in the phrase: 以上, 以内, 以下, 左右. */
const BOUND_AFTER = /^\s*(?:以上|以内|以下|左右)/u;

function inside(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** Turns a target text into indicators: quantities with metric and direction, documents, milestones. */
export function targetIndicators(input: string | ParsedText, measured?: Measurability): Indicator[] {
  const { text, quantities: parsed, clauses, titles } = asParsed(input);
  measured ??= classifyTarget(text);
  const out: Indicator[] = [];
  const quantities = parsed.filter(
    (q) => (q.kind !== 'duration' || isTimeLimit(text, q.start)) && !inside(titles, q.start, q.end) && !isArticle(q),
  );
  quantities.forEach((q, i) => {
    const ctx = quantityContext(text, clauses, quantities, i);
    if (!ctx) return;
    out.push({
      kind: 'quantity', text: ctx.clause.text.trim(), start: q.start, end: q.end, quantity: q,
      metric: ctx.metric, direction: directionOf(q, ctx.before, ctx.after),
      phrase: ctx.phrase + (BOUND_AFTER.exec(ctx.after)?.[0]?.trim() ?? ''),
      side: comparisonSide(ctx.clauseBefore),
    });
  });

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
