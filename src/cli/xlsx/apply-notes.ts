import type ExcelJS from 'exceljs';
import type { WritePlan } from '../../engine';
import { isOwnNote } from '../../engine';

/** A cell's note text as exceljs reads it (a plain string, or rich text), or null. */
function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as unknown;
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && 'texts' in note && Array.isArray((note as { texts: unknown[] }).texts)) {
    return (note as { texts: { text?: string }[] }).texts.map((t) => t.text ?? '').join('');
  }
  return null;
}

/**
 * exceljs (4.4) has no API to remove a note: a cell keeps it in its own field and, for a cell read from a
 * file, in the model its value was read with; both are cleared (test/cli/notes.test.ts fails if that stops working).
 */
function removeNote(cell: ExcelJS.Cell): void {
  const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  c._comment = undefined;
  if (c._value?.model) delete c._value.model.comment;
}

/**
 * The plan's notes in the copy: written where a cell has no note or TaskLedger's own; a person's note
 * stays. TaskLedger's notes from an earlier check on cells the plan leaves without one are removed (a
 * checked copy checked again after a fix).
 */
export function applyNotes(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const planned = new Set(plan.notes.map((n) => `${n.row},${n.col}`));
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (!isOwnNote(noteText(cell)) || planned.has(`${cell.row},${cell.col}`)) return;
      removeNote(cell);
    });
  });
  for (const note of plan.notes) {
    const cell = ws.getCell(note.row, note.col);
    const before = noteText(cell);
    if (before !== null && !isOwnNote(before)) continue;
    cell.note = note.text;
  }
}
