import type { Quantity } from '../quantity';
import type { ParsedText } from './parsed-text';
import { asParsed } from './parsed-text';
import { findPeriod } from '../schedule/expected-progress';
import { changeOf } from './direction';
import type { Actual } from './indicator';
import { phraseOf, quantityContext } from './quantity-context';
import { testTail } from '../text/tail';
import { comparisonSide } from './direction';
import { isArticle, isTimeLimit } from './quantity-filters';

/** Words that make a figure a plan, not a result: "计划投资", "拟新增", "目标为". */
const PLANNED = /(?:计划|拟|预计|力争|争取|目标|将|准备|规划|申报|申请|下达)[^，,；;。]{0,8}$/u;
const SHARE_OF = /(?:完成率|完成(?:了)?[^，,；;。]{0,10}?(?:计划|目标|任务|总投资|工程量)[^，,；;。]{0,4}?的|占[^，,；;。]{0,8}?(?:计划|目标|任务)[^，,；;。]{0,3}?的?)\s*$/u;

/**
 * For pairing only: `wanted` keeps the figures worth describing (the others could never be paired,
 * and describing is the costly part; each context still sees all its neighbours); periods are
 * left null and each phrase is built only when read.
 */
export interface PairingOptions {
  wanted: (q: Quantity) => boolean;
}

/**
 * An actual for pairing: no period, and its phrase built only when read (most are never paired). A class,
 * so the lazy phrase is one getter on the prototype, not a closure and an accessor on every object.
 */
class PairingActual implements Actual {
  readonly start: number;
  readonly end: number;
  readonly period = null;
  private phraseText: string | undefined;

  constructor(
    readonly text: string,
    readonly quantity: Quantity,
    readonly metric: Actual['metric'],
    readonly change: Actual['change'],
    readonly side: Actual['side'],
    private readonly clauseBefore: string,
    private readonly subject: string,
  ) {
    this.start = quantity.start;
    this.end = quantity.end;
  }

  get phrase(): string {
    return (this.phraseText ??= phraseOf(this.clauseBefore, this.subject, this.quantity));
  }
}

/** Reported figures in a progress text, with their metric, change flag and period. */
export function progressActuals(input: string | ParsedText, pairing?: PairingOptions): Actual[] {
  const { text, quantities: parsed, clauses, titles } = asParsed(input);
  const periods = new Map<number, ReturnType<typeof findPeriod>>();
  const quantities = parsed.filter(
    (q) =>
      (q.kind !== 'duration' || isTimeLimit(text, q.start)) &&
      !titles.some((t) => q.start >= t.start && q.end <= t.end) &&
      !isArticle(q),
  );
  const out: Actual[] = [];
  quantities.forEach((q, i) => {
    if (pairing && !pairing.wanted(q)) return;
    const ctx = quantityContext(text, clauses, quantities, i, !pairing);
    if (!ctx) return;
    const { clause, before } = ctx;
    if (testTail(PLANNED, ctx.clauseBefore, 12) || testTail(SHARE_OF, ctx.clauseBefore, 28)) return;
    if (pairing) {
      out.push(new PairingActual(clause.text.trim(), q, ctx.metric, changeOf(before), comparisonSide(ctx.clauseBefore), ctx.clauseBefore, ctx.subject));
      return;
    }
    // The period usually opens the item: "1.1-8月，全省…" → look back to the item's start.
    const itemStart = Math.max(0, text.lastIndexOf('\n', q.start));
    if (!periods.has(itemStart)) {
      const itemEnd = text.indexOf('\n', itemStart + 1);
      periods.set(itemStart, findPeriod(text.slice(itemStart, itemEnd < 0 ? text.length : itemEnd)));
    }
    const period = periods.get(itemStart) ?? null;
    out.push({
      text: clause.text.trim(), start: q.start, end: q.end, quantity: q,
      metric: ctx.metric, change: changeOf(before),
      period: period?.text ?? null,
      phrase: ctx.phrase,
      side: comparisonSide(ctx.clauseBefore),
    });
  });
  return out;
}
