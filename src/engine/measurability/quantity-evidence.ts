/** Quantities and rates as evidence: 150个, 6000亿元, 90%, 下降0.5个百分点, 2倍 — not "一个" as an article. */
import { numbersOfScan } from '../quantity/find-numbers';
import { quantitiesOfScan } from '../quantity/parse-quantities';
import { scanNormalized } from '../quantity/scan-numbers';
import type { Quantity } from '../quantity/types';
import type { TextSpan } from './text-span';
import { T_NUMBER } from './triggers';
import type { Evidence } from './types';

/** Before a duration, these make it the measured metric (办理时限压缩至3个工作日). */
const DURATION_METRIC = /压缩|缩短|缩减|压减|控制|时限|周期|期限|办结|提速|减少|不超过|时间/;
/** "三年行动计划": a plan's span in its name, never a measured duration. */
const DURATION_NAME_AFTER = /^\s*(行动|计划|规划)/;
/** 一个, 一项, 一套 … written with the character 一 usually mean "a", not a target of one. */
const ARTICLE_ONE = /^[一壹]\s*[个项套家条座所件种批次支张片处份类场]$/;

function isEvidence(text: string, q: Quantity): boolean {
  if (q.unit === '岁' || q.unit === '周岁') return false;
  if (q.kind === 'duration') {
    const before = text.slice(Math.max(0, q.start - 10), q.start);
    // "压缩至1个工作日以内": the duration is the metric even with 以内 after it; without such a word
    // before it a duration is a timeframe ("3年内完成", "用2年时间").
    return DURATION_METRIC.test(before) && !DURATION_NAME_AFTER.test(text.slice(q.end, q.end + 3));
  }
  if (q.value === 1 && !q.range && ARTICLE_ONE.test(q.text)) return false;
  return true;
}

/** Evidence from the quantities of the span, parsed as parseQuantities(original.slice(from, to)) would. */
export function quantityEvidence(span: TextSpan, out: Evidence[]): void {
  if (span.to <= span.from || (span.triggers & T_NUMBER) === 0) return;
  const slice = span.original.slice(span.from, span.to);
  // normalizeChars maps each UTF-16 unit on its own, so the normalised slice is the slice of the normalised text.
  const scan = scanNormalized(slice, span.norm);
  const quantities = quantitiesOfScan(scan);
  for (const q of quantities) {
    if (!isEvidence(slice, q)) continue;
    const start = span.from + q.start;
    const end = span.from + q.end;
    const kind = q.kind === 'rate' ? 'rate' : 'quantity';
    out.push({ kind, text: q.text, start, end });
    if (q.kind === 'rate' && q.unit === '%' && q.value === 100) out.push({ kind: 'absolute', text: q.text, start, end });
  }
  // "投资额达40亿": a figure with 万/亿 and no unit is still an amount (names and dates never take 亿).
  if (slice.includes('亿') || slice.includes('万')) {
    // findNumbers(slice) would scan the slice again: the same scan gives the same numbers.
    for (const n of numbersOfScan(scan)) {
      if (!/[万亿]$/u.test(n.text) || quantities.some((q) => q.start <= n.start && q.end >= n.end)) continue;
      out.push({ kind: 'quantity', text: n.text, start: span.from + n.start, end: span.from + n.end });
    }
  }
}
