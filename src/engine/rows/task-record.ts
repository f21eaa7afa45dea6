import { z } from 'zod';
import { cellText } from '../sheet/sheet-model';
import type { CellValue } from '../sheet/snapshot';

/**
 * The boundary between host cell values and typed task records. Cells arrive as whatever the
 * host stored (text, numbers, booleans, Excel errors); records hold trimmed text or null.
 */
const cellValueSchema = z.union([
  z.string(),
  // Any number, NaN and ±Infinity included (zod's z.number() refuses them): such a cell reads as empty.
  z.custom<number>((v) => typeof v === 'number'),
  z.boolean(),
  z.null(),
  z.strictObject({ error: z.string() }),
]);

/** Cell → trimmed text, or null when empty. Excel errors keep their code ("#N/A"). */
export function textOfCell(value: CellValue): string | null {
  const text = cellText(value);
  return text === '' ? null : text;
}

/** A 序号 cell: 1 and "1" and "1." are the same number; "一、" stays text. */
export function seqOfCell(value: CellValue): string | null {
  const text = cellText(value).replace(/[.。、．]+$/u, '');
  return text === '' ? null : text;
}

const textCell = cellValueSchema.transform(textOfCell);
const seqCell = cellValueSchema.transform(seqOfCell);

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

/** A cell value rawRowSchema takes as it is, with no check to make: text, a finite number, a boolean, null. */
function isPlainCell(value: CellValue): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * rawRowSchema.parse, with the same output: rows of plain cells (nearly all) are read directly by
 * the schema's own transforms; any other row goes through the schema to be validated.
 */
export function parseRawRow(input: RawRowInput): RawRow {
  const { seq, task, target, measures, progress, plan, lead, coop, status, ratio, deadline, note } = input;
  const cells = [seq, task, target, measures, progress, plan, lead, coop, status, ratio, deadline, note];
  if (!cells.every(isPlainCell)) return rawRowSchema.parse(input);
  return {
    seq: seqOfCell(seq), task: textOfCell(task), target: textOfCell(target), measures: textOfCell(measures),
    progress: textOfCell(progress), plan: textOfCell(plan), lead: textOfCell(lead), coop: textOfCell(coop),
    status: textOfCell(status), ratio, deadline, note: textOfCell(note),
  };
}

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
