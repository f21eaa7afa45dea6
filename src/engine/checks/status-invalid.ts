import type { Finding } from '../findings/finding';
import { closest } from '../text/closest';
import { normalizeForMatch } from '../text/normalize';
import type { Check } from './check-context';
import { makeFinding, roleCol } from './check-context';

/** status/invalid: a status cell whose value is outside the profile's vocabulary. */
export const checkStatusInvalid: Check = (ctx) => {
  const col = roleCol(ctx, 'status');
  if (col === null) return [];
  const vocabulary = ctx.profile.statusValues;
  const byNorm = new Map(vocabulary.map((v) => [normalizeForMatch(v), v] as const));
  const out: Finding[] = [];
  for (const r of ctx.records) {
    if (r.status === null || ctx.placeholders.isEmpty(r.status)) continue;
    const norm = normalizeForMatch(r.status);
    if (byNorm.has(norm)) continue;
    const suggestion = closest(norm, [...byNorm.keys()]);
    const f = makeFinding(ctx, 'status/invalid', r.row, col, {
      value: r.status,
      closest: suggestion === null ? '' : (byNorm.get(suggestion) ?? ''),
      allowed: vocabulary,
    });
    if (f) out.push(f);
  }
  return out;
};
