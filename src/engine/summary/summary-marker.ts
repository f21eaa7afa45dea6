import type { SheetSnapshot } from '../sheet/snapshot';

/**
 * How a summary sheet is recognised as TaskLedger's own: a cell in its first rows holds exactly
 * this text (the "生成工具" fact, the same in every language). A sheet marked so is never read as a
 * ledger, and is cleared and refilled when its name comes round again.
 */
export const SUMMARY_MARK = '台账助手 TaskLedger';

/** Rows searched for the mark. */
export const SUMMARY_MARK_ROWS = 8;

export function hasSummaryMark(rows: readonly (readonly unknown[])[]): boolean {
  return rows.slice(0, SUMMARY_MARK_ROWS).some((row) => row.some((v) => typeof v === 'string' && v.trim() === SUMMARY_MARK));
}

export function isSummarySnapshot(snapshot: SheetSnapshot): boolean {
  return hasSummaryMark(snapshot.values);
}
