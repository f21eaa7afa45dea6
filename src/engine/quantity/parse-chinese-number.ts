/** Parses a whole string as one number: 八百, 两千, 一万二, 3.5万, 十, 零点五, 半, 三分之一, １２３．５. */
import { normalizeChars } from './normalize-chars';
import { readNumeral } from './numeral-reader';
import { cleanFloat } from './find-numbers';

const TRAILING_APPROX = new Set(['余', '多', '来']);

export function parseChineseNumber(s: string): number | null {
  if (typeof s !== 'string') return null;
  const trimmed = s.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return null;
  if (trimmed === '半') return 0.5;
  const n = normalizeChars(trimmed);
  const num = readNumeral(n, trimmed, 0);
  if (!num || num.vague) return null;
  let end = num.end;
  while (end < n.length && TRAILING_APPROX.has(n[end] ?? '')) end++;
  if (end !== n.length) return null;
  const v = num.percentPrefix === '%' ? num.value / 100 : num.percentPrefix === '‰' ? num.value / 1000
    : num.percentPrefix === '‱' ? num.value / 10000 : num.value;
  return Number.isFinite(v) ? cleanFloat(v) : null;
}
