/// <reference types="office-js" />
import type { SummarySheetPlan } from '../../engine';
import { parseRangeAddress } from '../address';
import { summaryWrites } from '../apply/summary-writes';
import { jsonBytes } from '../payload';
import { textEntry } from '../text-entry';
import type { SummaryLog } from './undo-log';
import type { SizedWrite } from './undo-store';

/** A summary sheet as it is at revert time: its tables and charts (the check's, deleted first). */
export interface SummaryNow {
  tables: string[];
  charts: string[];
}

/** Column widths from before the check, for the columns from `from` on. */
function widthWrites(name: string, widths: readonly number[], from: number): SizedWrite[] {
  const rest = widths.slice(from);
  if (rest.length === 0) return [];
  return [{
    bytes: 200 + rest.length * 40,
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      rest.forEach((w, i) => (ws.getRangeByIndexes(0, from + i, 1, 1).format.columnWidth = w));
    },
  }];
}

/** The cleared sheet refilled with its values and number formats only (a log without the plan). */
function refillWrites(s: SummaryLog): SizedWrite[] {
  return [{
    bytes: 300 + (s.before ? jsonBytes(s.before) : 0),
    queue: (context) => {
      const ws = context.workbook.worksheets.getItem(s.name);
      ws.getRange().clear('All');
      if (!s.before) return;
      const r = parseRangeAddress(s.before.address);
      const range = ws.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
      const formats = s.before.numberFormat;
      range.numberFormat = formats;
      range.values = s.before.values.map((line, i) => line.map((v, j) => textEntry(v as string | number | boolean | null, formats[i]?.[j])));
    },
  }];
}

/**
 * The writes that put a summary sheet back as it was before the check: a sheet the check made is
 * deleted; a summary the check replaced is written again from the plan it was made from (tables,
 * links, chart, frozen rows and widths as they were), or, from a log without that plan, refilled
 * with its values and number formats. Also says what the store keeps for the sheet afterwards.
 */
export function restoreSummary(s: SummaryLog, now: SummaryNow): { writes: SizedWrite[]; plan: SummarySheetPlan | null } {
  if (!s.existed) {
    return { writes: [{ bytes: 200, queue: (context) => context.workbook.worksheets.getItem(s.name).delete() }], plan: null };
  }
  const widths = s.widths ?? [];
  if (!s.plan) return { writes: [...refillWrites(s), ...widthWrites(s.name, widths, 0)], plan: null };
  const written = s.plan.columnWidths.length;
  return {
    writes: [...summaryWrites(s.plan, { existed: true, ...now }), ...widthWrites(s.name, widths, written)],
    plan: s.plan,
  };
}
