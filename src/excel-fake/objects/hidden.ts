/// <reference types="office-js" />
import type { Rect } from '../a1';
import type { SheetState } from '../state';
import { fullAddress } from './sheet-ref';

/**
 * Range.columnHidden / rowHidden (ExcelApi 1.2) as Office.js documents them: true when every
 * column (row) of the range is hidden, false when none is, null when some are.
 */
export function hiddenState(hidden: ReadonlySet<number>, from: number, to: number): boolean | null {
  let count = 0;
  for (let i = from; i <= to; i++) if (hidden.has(i)) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

/** Setting columnHidden (rowHidden) hides or shows every column (row) the range spans. */
export function setHidden(hidden: Set<number>, from: number, to: number, value: boolean): void {
  for (let i = from; i <= to; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
}

/** Range.getColumnProperties (ExcelApi 1.9) for address, columnIndex and columnHidden: one entry per column. */
export function columnProperties(sheet: SheetState, r: Rect, spec: Excel.ColumnPropertiesLoadOptions): Excel.ColumnProperties[] {
  const out: Excel.ColumnProperties[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const p: Excel.ColumnProperties = {};
    if (spec.address) p.address = fullAddress(sheet, { top: r.top, left: col, bottom: r.bottom, right: col });
    if (spec.columnIndex) p.columnIndex = col - 1;
    if (spec.columnHidden) p.columnHidden = sheet.hiddenColumns.has(col);
    out.push(p);
  }
  return out;
}
