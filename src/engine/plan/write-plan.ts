import type { Severity } from '../findings/codes';

/**
 * What TaskLedger writes into a workbook, as data. The CLI (exceljs) and the add-in (Office.js)
 * apply the same plan; the add-in's revert stores what each entry overwrites. Rows and columns
 * are 1-based. Nothing outside the columns listed in `columns` and the sheets listed in
 * `summarySheets` is ever written; highlights and status colours are conditional formats that
 * leave the cells' own values and styles alone.
 */
export interface WritePlan {
  version: 1;
  sheet: string;
  columns: PlannedColumn[];
  /** Values per column, as contiguous blocks (one range write each in Office.js). */
  blocks: ColumnBlock[];
  /** Fills for the cells at fault, by severity; conditional formats marked as TaskLedger's. */
  highlights: Highlight[];
  /** Traffic-light colours for the status column, bound to the vocabulary (red/yellow/green). */
  statusColors: StatusColorRule[];
  /** Cell notes (Excel "notes", ExcelApi 1.18; the CLI writes them as comments). */
  notes: CellNote[];
  /** Sheets TaskLedger owns (the summary), cleared and refilled on every run. */
  summarySheets: SummarySheetPlan[];
}

/** The columns TaskLedger may own on a ledger sheet. */
export type PlannedColumnKey = 'comments' | 'ratio' | 'status';

export interface PlannedColumn {
  key: PlannedColumnKey;
  col: number;
  letter: string;
  /** True when TaskLedger adds the column (the sheet had none); false when it fills an existing one. */
  created: boolean;
  header: {
    row: number;
    /** Header rows the header cell spans (2 for a two-row header). */
    rowSpan: number;
    text: string;
    /** Copy the look of this header cell (the table's last header) onto a created one. */
    styleFrom: { row: number; col: number } | null;
  };
  /** Column width in characters, for a created column. */
  width: number;
}

export type PlanValue = string | number | boolean | null;

export interface ColumnBlock {
  col: number;
  startRow: number;
  /**
   * One value per row from startRow. `undefined` entries (holes) are rows the plan leaves alone,
   * e.g. a status a person already wrote; null clears the cell.
   */
  values: (PlanValue | undefined)[];
  /** Number format for the written cells, e.g. "0.0%". */
  numberFormat?: string;
  wrapText?: boolean;
  /** Give each written cell the borders (and vertical alignment) of this column's cell in the same row (the table's edge). */
  bordersFromCol?: number;
}

export interface Highlight {
  severity: Severity;
  /** A1 ranges ("C5", "F7:F9") on the plan's sheet. */
  ranges: string[];
  fill: string;
  fontColor: string;
}

export interface StatusColorRule {
  /** A1 range of the status column's data cells, e.g. "E3:E40". */
  range: string;
  /** Status text the rule colours (cell value equals it exactly). */
  equals: string;
  fill: string;
  fontColor: string;
}

export interface CellNote {
  row: number;
  col: number;
  text: string;
}

/** A sheet TaskLedger owns: written from scratch into a cleared sheet on every run. */
export interface SummarySheetPlan {
  name: string;
  /** The ledger sheet it summarises. */
  sourceSheet: string;
  /** Free cells: the title and the facts above the tables. */
  cells: SummaryCell[];
  tables: SummaryTable[];
  /** Rows frozen at the top (0 for none). */
  freezeRows: number;
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** A stacked bar chart of statuses per lead unit, where the host can draw charts. */
  chart: SummaryChart | null;
}

export interface SummaryCell {
  row: number;
  col: number;
  value: PlanValue;
  bold?: boolean;
  fontSize?: number;
  numberFormat?: string;
  /** A link to a cell of the workbook, e.g. { sheet: "台账", cell: "H12" }. */
  link?: { sheet: string; cell: string };
}

export interface SummaryTable {
  /** Excel table name (unique in the workbook, letters, digits and underscores). */
  name: string;
  /** Top-left cell of the header row. */
  row: number;
  col: number;
  header: string[];
  rows: PlanValue[][];
  /** Per column: a number format for its data cells, or null. */
  numberFormats: (string | null)[];
  /** A totals row below the data (already computed, as plain values). */
  totals: PlanValue[] | null;
  /** Per column: cells of that column link to a cell of the workbook. */
  links: ({ sheet: string; cells: string[] } | null)[];
}

export interface SummaryChart {
  title: string;
  /** The table whose first column gives the categories and whose `seriesColumns` give the series. */
  table: string;
  seriesColumns: number[];
  /** Where the chart goes: top-left cell and size in cells. */
  anchor: { row: number; col: number; rows: number; cols: number };
}

/** The formula that marks a conditional format as TaskLedger's own (it is always true). */
export const OWN_RULE_FORMULA = '"TaskLedger"="TaskLedger"';

export const HIGHLIGHT_COLORS: Record<Severity, { fill: string; fontColor: string }> = {
  error: { fill: '#FFC7CE', fontColor: '#9C0006' },
  warning: { fill: '#FFEB9C', fontColor: '#9C5700' },
  info: { fill: '#DDEBF7', fontColor: '#1F4E78' },
};
