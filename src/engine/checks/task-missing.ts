import type { Check } from './check-context';
import { isPresent, makeFinding, roleCol } from './check-context';

/** task/missing: a numbered task row whose task cell is empty. */
export const checkTaskMissing: Check = (ctx) => {
  const col = roleCol(ctx, 'task');
  if (col === null) return [];
  return ctx.records
    .filter((r) => r.kind === 'task' && ctx.placeholders.isEmpty(r.task))
    .map((r) => makeFinding(ctx, 'task/missing', r.row, col, { seq: r.seq ?? '' }))
    .filter(isPresent);
};
