import type { Finding } from '../findings/finding';
import type { Check } from './check-context';
import { makeFinding, roleCol } from './check-context';

/** seq/duplicate: two tasks in the same group share a 序号. Numbering may restart per group and per table (a repeated header). */
export const checkSeqDuplicate: Check = (ctx) => {
  const col = roleCol(ctx, 'seq');
  if (col === null) return [];
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  const tableStarts = ctx.columns.repeatedHeaderRows;
  let table = 0;
  for (const r of ctx.records) {
    while (table < tableStarts.length && (tableStarts[table] ?? Infinity) < r.row) table++;
    if (r.kind !== 'task' || r.seq === null) continue;
    const key = `${table}\u0000${r.group ?? ''}\u0000${r.seq}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, r.row);
      continue;
    }
    const f = makeFinding(ctx, 'seq/duplicate', r.row, col, { seq: r.seq, firstRow: first });
    if (f) out.push(f);
  }
  return out;
};
