import type { PlanValue, SummarySheetPlan } from './write-plan';

/** The most characters an Excel cell holds; Excel reports a workbook with a longer cell as damaged. */
export const CELL_MAX_CHARS = 32767;

const ELLIPSIS = '…';

/**
 * A text TaskLedger writes into a cell, cut to fit Excel's limit with an ellipsis at the end.
 * Counts UTF-16 code units, as Excel does, and never splits a surrogate pair.
 */
export function fitCellText(text: string, max = CELL_MAX_CHARS): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

const fitValue = (v: PlanValue): PlanValue => (typeof v === 'string' ? fitCellText(v) : v);

/** A summary sheet plan with every text cut to fit a cell (unit names and findings quote the ledger's cells). */
export function fitSummaryTexts(s: SummarySheetPlan): SummarySheetPlan {
  return {
    ...s,
    cells: s.cells.map((c) => ({ ...c, value: fitValue(c.value) })),
    tables: s.tables.map((t) => ({
      ...t,
      header: t.header.map((h) => fitCellText(h)),
      rows: t.rows.map((line) => line.map(fitValue)),
      totals: t.totals ? t.totals.map(fitValue) : null,
    })),
  };
}
