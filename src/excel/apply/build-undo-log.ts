/// <reference types="office-js" />
import type { WritePlan } from '../../engine';
import { cellAddress } from '../../engine';
import { toExcelValue } from '../cell-values';
import { textEntry } from '../text-entry';
import type { CfSpec, UndoLog } from '../undo/undo-log';
import { FormatTable, valueHash } from '../undo/undo-log';
import type { Captured } from './capture';
import { mergesHeader, writtenNotes, writtenValues } from './plan-writes';

/** What the check is about to change, from the captured state: stored before any write. */
export function buildUndoLog(plan: WritePlan, captured: Captured, cfsBefore: CfSpec[], at: string): UndoLog {
  const formats = new FormatTable();
  const log: UndoLog = {
    version: 1, sheet: plan.sheet, at, formats: formats.list, runs: [], columnWidths: [], merges: [], notes: [],
    cfsBefore, summaries: [],
  };
  for (const entry of captured.runs) {
    const { run } = entry;
    const before = entry.values.map((line) => (line[0] as string | number | boolean | undefined) ?? '');
    const formatBefore = entry.numberFormat.map((line) => line[0] ?? 'General');
    const planned = writtenValues(entry);
    log.runs.push({
      col: run.col,
      startRow: run.startRow,
      before,
      // Text Excel would read as something else goes back with an apostrophe; an error value (#N/A) goes back as typed.
      quoted: before.flatMap((v, i) => (typeof v === 'string' && entry.types[i] !== 'Error' && textEntry(v, formatBefore[i]) !== v ? [i] : [])),
      after: planned.map((v, i) => {
        if (v !== undefined) return valueHash(toExcelValue(v));
        // Cells under a merged header: the merge empties them.
        return mergesHeader(entry) && i > 0 ? valueHash('') : null;
      }),
      numberFormat: run.numberFormat ? formatBefore : null,
      formats: entry.props ? entry.props.map((line) => formats.add(line[0]?.format)) : null,
    });
    if (run.header?.created) {
      const before = captured.widths.get(run.col);
      if (before !== undefined) log.columnWidths.push({ col: run.col, before });
      if (mergesHeader(entry)) log.merges.push(`${cellAddress(run.startRow, run.col)}:${cellAddress(run.startRow + run.header.rowSpan - 1, run.col)}`);
    }
  }
  for (const note of writtenNotes(plan, captured)) log.notes.push({ address: note.address, before: note.before, after: note.text });
  for (const note of captured.staleNotes) log.notes.push({ address: note.address, before: note.content, after: null });
  log.summaries = captured.summaries.map((s) => ({
    name: s.name, existed: s.existed, before: s.used,
    plan: s.existed ? (captured.storedSummaries[s.name] ?? null) : null,
    widths: s.widths,
  }));
  return log;
}
