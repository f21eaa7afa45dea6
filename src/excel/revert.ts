/// <reference types="office-js" />
import { OWN_RULE_FORMULA, cellAddress } from '../engine';
import { AddinError } from './addin-error';
import { cfWrites } from './apply/plan-writes';
import { runWrites } from './apply/run-writes';
import type { Capabilities } from './capabilities';
import { RESPONSE_BUDGET_BYTES, jsonBytes } from './payload';
import { assertSheetUsable } from './read-snapshot';
import type { SyncOptions } from './sync';
import { syncWithin } from './sync';
import { readNoteContents } from './undo/read-notes';
import { restoreSummary } from './undo/restore-summary';
import type { CellRunLog } from './undo/undo-log';
import { valueHash } from './undo/undo-log';
import type { SizedWrite } from './undo/undo-store';
import { readUndoStore, undoStoreWrites } from './undo/undo-store';

export interface RevertOutcome {
  sheet: string;
  restored: number;
  /** Cells changed since the check: left as they are now. */
  skipped: string[];
}

function restoreRun(sheetName: string, run: CellRunLog, current: unknown[][], formats: string[], skipped: string[]): { write: SizedWrite; restored: number } {
  let restored = 0;
  const quoted = new Set(run.quoted ?? []);
  const keep: boolean[] = run.after.map((hash, i) => {
    if (hash === null) return false;
    const now = valueHash(current[i]?.[0] ?? '');
    // As the check left it, or already as before (a check or a revert cut short by a hang): put back.
    if (now !== hash && now !== valueHash(run.before[i] ?? '')) {
      skipped.push(cellAddress(run.startRow + i, run.col));
      return false;
    }
    restored++;
    return true;
  });
  const values = run.before.map((v, i) => [keep[i] ? (quoted.has(i) ? `'${String(v)}` : v) : null]);
  const numberFormat = run.numberFormat ? run.numberFormat.map((f, i) => [keep[i] ? f : null]) : null;
  const props = run.formats
    ? run.formats.map((f, i) => [{ format: keep[i] && f !== null ? (JSON.parse(formats[f] ?? '{}') as Excel.CellPropertiesFormat) : {} }])
    : null;
  const n = run.before.length;
  return {
    restored,
    write: {
      bytes: 200 + jsonBytes(values) + (numberFormat ? jsonBytes(numberFormat) : 0) + (props ? jsonBytes(props) : 0),
      queue: (context) => {
        const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(run.startRow - 1, run.col - 1, n, 1);
        // The number format first: Excel reads each value against the cell's format as it is then.
        if (numberFormat) range.numberFormat = numberFormat as string[][];
        range.values = values as (string | number | boolean)[][];
        if (props && props.some((line) => Object.keys(line[0]?.format ?? {}).length > 0)) range.setCellProperties(props);
      },
    },
  };
}

/**
 * Undoes the last check from the log in the workbook: every cell it wrote goes back to its value,
 * number format and format from before, unless someone changed that cell since (those are skipped
 * and listed); added merges, widths, notes, TaskLedger's conditional formats and the summary
 * sheet are restored too. A check or a revert cut short part-way is undone the same way (cells
 * and notes already as before are simply put back; a summary sheet never made is not looked for),
 * and the log is cleared last, so a revert cut short can be run again.
 */
export async function revertLastCheck(context: Excel.RequestContext, caps: Capabilities, options: SyncOptions): Promise<RevertOutcome> {
  const store = await readUndoStore(context, options);
  const log = store.log;
  if (!log) throw new AddinError('no-undo');
  const sheet = context.workbook.worksheets.getItemOrNullObject(log.sheet);
  sheet.load('name');
  sheet.protection.load('protected');
  const autoFilter = caps.autoFilter ? sheet.autoFilter.load('isDataFiltered') : null;
  const cfs = sheet.getRange().conditionalFormats.load('type, customOrNullObject/rule/formula');
  const summaries = log.summaries.map((s) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(s.name);
    return { ws, tables: ws.tables.load('name'), charts: ws.charts.load('name') };
  });
  await syncWithin(context, options);
  // syncWithin() above is context.sync() with a time limit; the lint rule does not know it.
  /* eslint-disable office-addins/call-sync-before-read */
  if (sheet.isNullObject) throw new AddinError('no-sheet', { sheet: log.sheet });
  assertSheetUsable(sheet.protection, autoFilter, log.sheet);
  /* eslint-enable office-addins/call-sync-before-read */
  // The notes the check wrote or deleted, as they are now.
  const notesNow = caps.notes ? await readNoteContents(context, sheet, log.notes.map((n) => n.address), options) : [];

  // Current values of every run, in payload-sized syncs.
  const current: unknown[][][] = [];
  let pending: { i: number; range: Excel.Range }[] = [];
  let bytes = 0;
  const flushReads = async (): Promise<void> => {
    if (pending.length === 0) return;
    await syncWithin(context, options);
    for (const p of pending) current[p.i] = p.range.values;
    pending = [];
    bytes = 0;
  };
  for (let i = 0; i < log.runs.length; i++) {
    const run = log.runs[i];
    if (!run) continue;
    const estimate = run.before.length * 400;
    if (bytes + estimate > RESPONSE_BUDGET_BYTES) await flushReads();
    pending.push({ i, range: sheet.getRangeByIndexes(run.startRow - 1, run.col - 1, run.before.length, 1).load('values') });
    bytes += estimate;
  }
  await flushReads();

  const skipped: string[] = [];
  let restored = 0;
  const writes: SizedWrite[] = [];
  writes.push({
    bytes: 200 + log.merges.length * 40,
    queue: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(log.sheet);
      for (const m of log.merges) ws.getRange(m).unmerge();
    },
  });
  log.runs.forEach((run, i) => {
    const r = restoreRun(log.sheet, run, current[i] ?? [], log.formats, skipped);
    restored += r.restored;
    writes.push(r.write);
  });
  writes.push({
    bytes: 200 + log.columnWidths.length * 40,
    queue: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(log.sheet);
      for (const w of log.columnWidths) ws.getRangeByIndexes(0, w.col - 1, 1, 1).format.columnWidth = w.before;
    },
  });
  const own = cfs.items.filter((cf) => !cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula.includes(OWN_RULE_FORMULA));
  writes.push({ bytes: 100 + own.length * 60, queue: () => own.forEach((cf) => cf.delete()) });
  writes.push(...cfWrites(log.sheet, log.cfsBefore, caps));
  log.notes.forEach((n, i) => {
    if (i >= notesNow.length) return;
    const now = notesNow[i] ?? null;
    if (now === n.before) return;
    if (now !== n.after) {
      skipped.push(n.address);
      return;
    }
    writes.push({
      bytes: 200 + (n.before?.length ?? 0) * 3,
      queue: (ctx) => {
        const notes = ctx.workbook.worksheets.getItem(log.sheet).notes;
        // The check deleted TaskLedger's earlier note here (after null): add it back.
        if (now === null && n.before !== null) notes.add(n.address, n.before);
        else if (n.before === null) notes.getItem(n.address).delete();
        else notes.getItem(n.address).content = n.before;
      },
    });
  });
  const storedSummaries = { ...store.summaries };
  log.summaries.forEach((s, i) => {
    const now = summaries[i];
    // A check cut short may not have made its summary sheet yet: nothing to restore, nothing to keep.
    if (!now || now.ws.isNullObject) {
      delete storedSummaries[s.name];
      return;
    }
    const restore = restoreSummary(s, { tables: now.tables.items.map((t) => t.name), charts: now.charts.items.map((c) => c.name) });
    writes.push(...restore.writes);
    if (restore.plan) storedSummaries[s.name] = restore.plan;
    else delete storedSummaries[s.name];
  });
  writes.push(...undoStoreWrites({ log: null, cfs: { ...store.cfs, [log.sheet]: log.cfsBefore }, summaries: storedSummaries }, true));
  await runWrites(context, writes, options);
  return { sheet: log.sheet, restored, skipped };
}
