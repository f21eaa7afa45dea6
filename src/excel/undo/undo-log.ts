/// <reference types="office-js" />
import type { SummarySheetPlan } from '../../engine';

/** A conditional format TaskLedger owns (marked with OWN_RULE_FORMULA), as data. */
export interface CfSpec {
  /** A1 ranges on the ledger sheet. */
  ranges: string[];
  formula: string;
  fill: string;
  fontColor: string;
}

/** A run of cells in one column that a check wrote, with what was there before. */
export interface CellRunLog {
  col: number;
  startRow: number;
  /** Value before, per row ("" for empty); null for a row the check left alone (a hole). */
  before: (string | number | boolean | null)[];
  /** Rows whose text before must be written back with an apostrophe, or Excel would read it as a number, formula … */
  quoted?: number[];
  /** Hash of the value written, per row (null for holes): revert skips cells changed since. */
  after: (string | null)[];
  /** Number format before, per row, when the check set one. */
  numberFormat: (string | null)[] | null;
  /** Index into UndoLog.formats of each cell's format before, when the check changed formats. */
  formats: (number | null)[] | null;
}

export interface SummaryLog {
  name: string;
  existed: boolean;
  /** The summary's cells before (its used range), when it existed. */
  before: { address: string; values: unknown[][]; numberFormat: string[][] } | null;
  /** The plan the summary was written from, when it existed and the store had it: revert writes it again. */
  plan?: SummarySheetPlan | null;
  /** Widths (points) before the check of the columns the check's summary set. */
  widths?: number[];
}

export interface NoteLog {
  address: string;
  before: string | null;
  /** What the check left: its note, or null where it deleted its own earlier note. */
  after: string | null;
}

/** Everything one check changed, enough to put it back. Stored in the workbook (see undo-store). */
export interface UndoLog {
  version: 1;
  sheet: string;
  at: string;
  /** Distinct Excel.CellPropertiesFormat JSON texts, shared by the runs (a column's cells usually share one). */
  formats: string[];
  runs: CellRunLog[];
  columnWidths: { col: number; before: number }[];
  /** Merged areas the check created (header cells of added columns). */
  merges: string[];
  notes: NoteLog[];
  /** TaskLedger's own conditional formats before the check (from the previous check). */
  cfsBefore: CfSpec[];
  summaries: SummaryLog[];
}

/** FNV-1a of a cell value's text: enough to notice that someone changed a cell since the check. */
export function valueHash(value: unknown): string {
  const text = value === null || value === undefined ? '' : `${typeof value}:${String(value)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Interns format JSON texts into UndoLog.formats. */
export class FormatTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  add(format: Excel.CellPropertiesFormat | undefined): number {
    const text = JSON.stringify(format ?? {});
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}
