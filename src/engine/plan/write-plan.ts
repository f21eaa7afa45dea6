import type { Severity } from '../findings/codes';

/**
 * What TaskLedger writes into a workbook, as data. The CLI (exceljs) and the add-in (Office.js)
 * apply the same plan; revert stores what each entry overwrites. Rows/columns are 1-based.
 * Nothing outside the columns listed in `columns` (and, later, TaskLedger's own sheets) is
 * ever written.
 */
export interface WritePlan {
  version: 1;
  sheet: string;
  columns: PlannedColumn[];
  /** Values per column, as contiguous blocks (one range write each in Office.js). */
  blocks: ColumnBlock[];
  /** Fills for the cells at fault, by severity; applied as conditional formats marked as TaskLedger's. */
  highlights: Highlight[];
}

export type PlannedColumnKey = 'comments';

export interface PlannedColumn {
  key: PlannedColumnKey;
  col: number;
  letter: string;
  /** True when TaskLedger adds the column (no column of that name existed). */
  created: boolean;
  header: {
    row: number;
    /** Header rows the header cell spans (2 for a two-row header). */
    rowSpan: number;
    text: string;
    /** Copy the look of this header cell (the table's last header) onto the new one. */
    styleFrom: { row: number; col: number } | null;
  };
  /** Column width in characters, for a created column. */
  width: number;
}

export type PlanValue = string | number | null;

export interface ColumnBlock {
  col: number;
  startRow: number;
  values: PlanValue[];
  numberFormat?: string;
  wrapText?: boolean;
  /** Give each written cell the borders of this column's cell in the same row (the table's edge). */
  bordersFromCol?: number;
}

export interface Highlight {
  severity: Severity;
  /** A1 ranges ("C5", "F7:F9") on the plan's sheet. */
  ranges: string[];
  fill: string;
  fontColor: string;
}

/** The formula that marks a conditional format as TaskLedger's own (it is always true). */
export const OWN_RULE_FORMULA = '"TaskLedger"="TaskLedger"';

export const HIGHLIGHT_COLORS: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
  info: { fill: '#DDEBF7', fontColor: '#1F4E78' },
};
