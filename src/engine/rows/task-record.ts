import { z } from 'zod';
import { cellText } from '../sheet/sheet-model';
import type { CellValue } from '../sheet/snapshot';

/**
 * The boundary between host cell values and typed task records. Cells arrive as whatever the
 * host stored (text, numbers, booleans, Excel errors); records hold trimmed text or null.
 */
const cellValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.strictObject({ error: z.string() }),
]);

/** Cell → trimmed text, or null when empty. Excel errors keep their code ("#N/A"). */
const textCell = cellValueSchema.transform((value: CellValue) => {
  const text = cellText(value);
  return text === '' ? null : text;
});

/** A 序号 cell: 1 and "1" and "1." are the same number; "一、" stays text. */
const seqCell = cellValueSchema.transform((value: CellValue) => {
  const text = cellText(value).replace(/[.。、．]+$/u, '');
  return text === '' ? null : text;
});

export const rawRowSchema = z.object({
  seq: seqCell,
  task: textCell,
  target: textCell,
  measures: textCell,
  progress: textCell,
  plan: textCell,
  lead: textCell,
  coop: textCell,
  status: textCell,
  ratio: cellValueSchema,
  deadline: cellValueSchema,
  note: textCell,
});

export type RawRowInput = z.input<typeof rawRowSchema>;
export type RawRow = z.output<typeof rawRowSchema>;

export type RowKind = 'task' | 'subitem';
export type LeadSource = 'column' | 'task-text' | 'unit-row' | 'parent' | 'none';

/** One task (or a sub-item row of a task) read from the sheet. */
export interface TaskRecord extends RawRow {
  /** 1-based sheet row. */
  row: number;
  kind: RowKind;
  /** For a sub-item: the row of its task. */
  parentRow: number | null;
  /** The band row text the task sits under ("一、…牵头重点工作"), if any. */
  group: string | null;
  /** Lead units, first is the lead; co-operating units. */
  leadUnits: string[];
  coopUnits: string[];
  leadSource: LeadSource;
  /** Rows folded into this record (a following "牵头单位：…" row). */
  extraRows: number[];
}

export interface GroupRecord {
  row: number;
  text: string;
}
