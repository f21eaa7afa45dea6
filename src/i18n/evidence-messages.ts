import type { RatioEvidence } from '../engine/completion/evidence';
import type { Locale } from './locale';

const pct = (r: number): string => `${(Math.round(r * 1000) / 10).toString()}%`;

/** One line of evidence a person can verify by reading the row. */
export function formatEvidence(e: RatioEvidence, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (e.kind) {
    case 'pair':
      return zh ? `${e.actual} / 目标 ${e.target} = ${pct(e.ratio)}` : `${e.actual} / target ${e.target} = ${pct(e.ratio)}`;
    case 'limit-met':
      return zh ? `${e.actual} 未超过目标上限 ${e.target}：已达成` : `${e.actual} is within the limit ${e.target}: met`;
    case 'stated-rate':
      return zh ? `进展写明“${e.text}”` : `the progress states "${e.text}"`;
    case 'exceeded':
      return zh ? `进展写明“${e.text}”` : `the progress states "${e.text}" (exceeded)`;
    case 'stated-done':
      return zh ? `进展写明“${e.text}”` : `the progress states "${e.text}" (done)`;
    case 'document':
      return e.issued
        ? zh ? `《${e.title}》已印发：完成` : `《${e.title}》 issued: done`
        : zh ? `《${e.title}》尚未印发：未完成` : `《${e.title}》 not yet issued: not done`;
    case 'milestone':
      return zh ? `已报告“${e.reported}”：完成` : `reported "${e.reported}": done`;
  }
}

export function formatEvidenceList(list: readonly RatioEvidence[], locale: Locale): string {
  return list.map((e) => formatEvidence(e, locale)).join(locale === 'zh-CN' ? '；' : '; ');
}
