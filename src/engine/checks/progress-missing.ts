import type { Check } from './check-context';
import { excerpt, isPresent, makeFinding, roleCol } from './check-context';

/**
 * progress/missing: where the sheet has a progress column, a task (or an indicator row of its
 * own) with nothing reported.
 */
export const checkProgressMissing: Check = (ctx) => {
  const col = roleCol(ctx, 'progress');
  if (col === null) return [];
  const empty = (text: string | null): boolean => ctx.placeholders.isEmpty(text);
  return ctx.records
    .filter((r) => empty(r.progress))
    .filter((r) => {
      if (r.kind === 'task') return !(ctx.subitems.get(r.row) ?? []).some((s) => !empty(s.progress));
      return r.target !== null && !empty(r.target);
    })
    .map((r) => makeFinding(ctx, 'progress/missing', r.row, col, { task: excerpt(r.task ?? r.target) }))
    .filter(isPresent);
};
