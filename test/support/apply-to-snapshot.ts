import type { CellValue, SheetSnapshot, WritePlan } from '../../src/engine';

/** Applies a plan's cell values to a copy of a snapshot (what any adapter writes as values). */
export function applyToSnapshot(snapshot: SheetSnapshot, plan: WritePlan): SheetSnapshot {
  const values = snapshot.values.map((row) => [...row]);
  const set = (row: number, col: number, value: CellValue): void => {
    while (values.length < row) values.push([]);
    const r = values[row - 1] ?? [];
    while (r.length < col) r.push(null);
    r[col - 1] = value;
    values[row - 1] = r;
  };
  for (const c of plan.columns) set(c.header.row, c.col, c.header.text);
  for (const b of plan.blocks) {
    b.values.forEach((v, i) => {
      if (v !== undefined) set(b.startRow + i, b.col, v);
    });
  }
  const merges = [...snapshot.merges];
  for (const c of plan.columns) {
    if (c.created && c.header.rowSpan > 1) merges.push({ top: c.header.row, left: c.col, bottom: c.header.row + c.header.rowSpan - 1, right: c.col });
  }
  return { name: snapshot.name, values, merges };
}
