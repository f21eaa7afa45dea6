import type { SheetModel } from '../sheet/sheet-model';

/**
 * The first column right of the table that is free for TaskLedger: no value and no merged area
 * in any row from the header down, and not hidden (what TaskLedger writes must be seen). Cells a
 * person wrote right of the table are never overwritten.
 */
export function chooseFreeColumn(model: SheetModel, afterCol: number, fromRow: number, hidden: ReadonlySet<number> = new Set()): number {
  for (let col = afterCol + 1; col <= afterCol + 64; col++) {
    if (hidden.has(col)) continue;
    let free = true;
    for (let row = fromRow; row <= model.rowCount && free; row++) {
      if (model.raw(row, col) !== null || model.mergeOf(row, col) !== null) free = false;
    }
    if (free) return col;
  }
  let col = Math.max(model.colCount, afterCol) + 1;
  while (hidden.has(col)) col++;
  return col;
}
