import type { RowJudgement } from '../engine/analysis/row-judgement';
import { asOfBasis } from './as-of-basis';
import { formatEvidenceList } from './evidence-messages';
import type { Locale } from './locale';

const pct = (r: number): string => `${(Math.round(r * 1000) / 10).toString()}%`;

/**
 * The computed ratio and status of a row, with what they rest on, for the 校验意见 column:
 * "【测算】完成率 74.2%，序时进度 75%（截至三季度）→ 按时推进。依据：…".
 */
export function judgementLine(j: RowJudgement, locale: Locale): string | null {
  const zh = locale === 'zh-CN';
  const ratio = j.completion?.ratio ?? null;
  const evidence = j.completion?.evidence ?? [];
  const status = j.computedStatus;
  if (ratio === null && status === null) return null;
  const parts: string[] = [];
  if (j.statusReason === 'deadline-passed' && j.deadline) {
    parts.push(zh ? `完成时限“${j.deadline.text}”已过，进展未报告完成` : `the deadline "${j.deadline.text}" has passed and the progress does not report it done`);
  }
  if (ratio !== null) parts.push(zh ? `完成率 ${pct(ratio)}` : `completion ${pct(ratio)}`);
  if (ratio !== null && j.asOf && ratio < 1) {
    const basis = asOfBasis(j.asOf, locale);
    parts.push(zh ? `序时进度 ${pct(j.asOf.expected)}（${basis}）` : `expected ${pct(j.asOf.expected)} (${basis})`);
  }
  let line = zh ? `【测算】${parts.join('，')}` : `[Computed] ${parts.join(', ')}`;
  if (status !== null) line += ` → ${status}`;
  if (evidence.length > 0) line += zh ? `。依据：${formatEvidenceList(evidence, locale)}` : `. Basis: ${formatEvidenceList(evidence, locale)}`;
  return line;
}
