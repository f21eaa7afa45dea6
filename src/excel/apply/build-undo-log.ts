/// <reference types="office-js" />
import type { WritePlan } from '../../engine';
import { cellAddress } from '../../engine';
import { toExcelValue } from '../cell-values';
import type { CfSpec, UndoLog } from '../undo/undo-log';
import { FormatTable, valueHash } from '../undo/undo-log';
import type { Captured } from './capture';

/** What the check is about to change, from the captured state: stored before any write. */
export function buildUndoLog(plan: WritePlan, captured: Captured, cfsBefore: CfSpec[], at: string): UndoLog {
  const formats = new FormatTable();
  const log: UndoLog = {
    version: 1, sheet: plan.sheet, at, formats: formats.list, runs: [], columnWidths: [], merges: [], notes: [],
    cfsBefore, summaries: [],
  };
  for (const entry of captured.runs) {
    const { run } = entry;
    log.runs.push({
      col: run.col,
      startRow: run.startRow,
      before: entry.values.map((line) => (line[0] as string | number | boolean | undefined) ?? ''),
      after: run.values.map((v, i) => {
        if (v !== undefined) return valueHash(toExcelValue(v));
        // Cells under a merged header: the merge empties them.
        return run.header && i > 0 ? valueHash('') : null;
      }),
      numberFormat: entry.numberFormat ? entry.numberFormat.map((line) => line[0] ?? 'General') : null,
      formats: entry.props ? entry.props.map((line) => formats.add(line[0]?.format)) : null,
    });
    if (run.header?.created) {
      const before = captured.widths.get(run.col);
      if (before !== undefined) log.columnWidths.push({ col: run.col, before });
      if (run.header.rowSpan > 1) log.merges.push(`${cellAddress(run.startRow, run.col)}:${cellAddress(run.startRow + run.header.rowSpan - 1, run.col)}`);
    }
  }
  for (const note of plan.notes) {
    const address = cellAddress(note.row, note.col);
    if (captured.notes.has(address)) log.notes.push({ address, before: captured.notes.get(address) ?? null, after: note.text });
  }
  log.summaries = captured.summaries.map((s) => ({ name: s.name, existed: s.existed, before: s.used }));
  return log;
}
