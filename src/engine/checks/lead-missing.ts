import type { Check } from './check-context';
import { excerpt, isPresent, makeFinding, roleCol } from './check-context';

/**
 * lead/missing: a task with no lead unit in its lead cell, its text or a "牵头单位：" row.
 * lead/no-column: the sheet has no lead column and names no unit in any task.
 */
export const checkLeadMissing: Check = (ctx) => {
  const leadCol = roleCol(ctx, 'lead');
  const col = leadCol ?? roleCol(ctx, 'task');
  if (leadCol === null && !ctx.records.some((r) => r.leadUnits.length > 0)) {
    // A sheet with no lead column that names no unit anywhere (a unit's own indicator table):
    // one note for the sheet, not an error on every row.
    const f = makeFinding(ctx, 'lead/no-column', null, null, {});
    return f ? [f] : [];
  }
  return ctx.records
    .filter((r) => r.kind === 'task' && r.leadUnits.length === 0)
    .filter((r) => !(ctx.subitems.get(r.row) ?? []).some((s) => s.leadSource === 'column'))
    .map((r) =>
      makeFinding(ctx, 'lead/missing', r.row, col, {
        task: excerpt(r.task ?? r.target),
        value: r.lead ?? '',
        hasLeadColumn: leadCol === null ? 0 : 1,
      }),
    )
    .filter(isPresent);
};
