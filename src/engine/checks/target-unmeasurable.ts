import type { Finding } from '../findings/finding';
import type { Check } from './check-context';
import { excerpt, makeFinding, roleCol } from './check-context';

/**
 * target/unmeasurable: a target (or, without a target column, the task text) that states no
 * quantity, rate, deliverable, milestone, absolute outcome or deadline. With several numbered
 * targets in one cell, each must be measurable; the finding names the ones that are not.
 */
export const checkTargetUnmeasurable: Check = (ctx) => {
  const col = roleCol(ctx, 'target') ?? roleCol(ctx, 'task');
  if (col === null) return [];
  const out: Finding[] = [];
  for (const r of ctx.records) {
    const m = ctx.judgements.get(r.row)?.measurability;
    if (!m || m.measurable || m.reason === 'empty') continue;
    const vague = m.failing;
    const several = m.itemCount > 1;
    const f = makeFinding(ctx, 'target/unmeasurable', r.row, col, {
      reason: (several ? vague[0]?.reason : m.reason) ?? 'no-criterion',
      verbs: m.directionalVerbs,
      items: several ? vague.map((i) => i.index) : [],
      text: excerpt(several ? (vague[0]?.text ?? '') : (r.target ?? r.task), 24),
    });
    if (f) out.push(f);
  }
  return out;
};
