import type { AsOf } from '../engine/schedule/as-of';
import type { Locale } from './locale';

/**
 * What a 序时进度 rests on, for people: the date or the period words it was read from, or that the
 * user set it ("设定值，报告期截至三季度" when a period was also read).
 */
export function asOfBasis(asOf: AsOf, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (asOf.source !== 'set') return asOf.text;
  if (asOf.text === '') return zh ? '设定值' : 'as set';
  return zh ? `设定值，报告期${asOf.text}` : `as set; report period ${asOf.text}`;
}
