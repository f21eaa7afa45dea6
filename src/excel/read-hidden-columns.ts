/// <reference types="office-js" />
import type { Capabilities } from './capabilities';

/**
 * How many columns from A are read for their hidden state. The read is queued with the first sync,
 * before the used range is known, so the window is fixed: a ledger plus the columns TaskLedger
 * adds right of it (place-columns looks at most 64 columns past the table) fits well inside.
 * With ExcelApi 1.9 one Range.getColumnProperties call covers the window (about 3 KB of response);
 * older hosts get one small range per column, so their window is narrower.
 */
export const HIDDEN_WINDOW = 128;
export const HIDDEN_WINDOW_PRE_1_9 = 40;

/**
 * Queues the hidden-state read of the window's columns; the returned function, called after the
 * sync, gives the hidden columns (1-based, ascending). Columns past the window count as visible.
 */
export function queueHiddenColumns(sheet: Excel.Worksheet, caps: Capabilities): () => number[] {
  if (caps.cellProperties) {
    const props = sheet.getRangeByIndexes(0, 0, 1, HIDDEN_WINDOW).getColumnProperties({ columnIndex: true, columnHidden: true });
    return () => props.value.filter((p) => p.columnHidden === true && p.columnIndex !== undefined).map((p) => (p.columnIndex ?? 0) + 1);
  }
  // Range.columnHidden (ExcelApi 1.2): one single-cell range per column, all in the same batch.
  const cells: Excel.Range[] = [];
  for (let c = 0; c < HIDDEN_WINDOW_PRE_1_9; c++) cells.push(sheet.getRangeByIndexes(0, c, 1, 1).load('columnHidden'));
  return () => cells.flatMap((cell, i) => (cell.columnHidden ? [i + 1] : []));
}
