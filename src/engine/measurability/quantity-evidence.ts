/** Quantities and rates as evidence: 150个, 6000亿元, 90%, 下降0.5个百分点, 2倍 — not "一个" as an article. */
import { parseQuantities } from '../quantity/parse-quantities';
import type { Quantity } from '../quantity/types';
import type { Evidence } from './types';

/** Before a duration, these make it the measured metric (办理时限压缩至3个工作日). */
const DURATION_METRIC = /压缩|缩短|缩减|压减|控制|时限|周期|期限|办结|提速|减少|不超过|时间/;
const DURATION_TIMEFRAME_AFTER = /^\s*(内|以内|之内|时间|行动|计划|规划)/;
/** 一个, 一项, 一套 … written with the character 一 usually mean "a", not a target of one. */
const ARTICLE_ONE = /^[一壹]\s*[个项套家条座所件种批次支张片处份类场]$/;

function isEvidence(text: string, q: Quantity): boolean {
  if (q.unit === '岁' || q.unit === '周岁') return false;
  if (q.kind === 'duration') {
    const before = text.slice(Math.max(0, q.start - 10), q.start);
    if (DURATION_TIMEFRAME_AFTER.test(text.slice(q.end, q.end + 3))) return false;
    return DURATION_METRIC.test(before);
  }
  if (q.value === 1 && !q.range && ARTICLE_ONE.test(q.text)) return false;
  return true;
}

/** Evidence from quantities in text[from, to) (offsets into text). */
export function quantityEvidence(text: string, from: number, to: number): Evidence[] {
  const slice = text.slice(from, to);
  const out: Evidence[] = [];
  for (const q of parseQuantities(slice)) {
    if (!isEvidence(slice, q)) continue;
    const start = from + q.start;
    const end = from + q.end;
    const kind = q.kind === 'rate' ? 'rate' : 'quantity';
    out.push({ kind, text: q.text, start, end });
    if (q.kind === 'rate' && q.unit === '%' && q.value === 100) out.push({ kind: 'absolute', text: q.text, start, end });
  }
  return out;
}
