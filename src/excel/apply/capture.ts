/// <reference types="office-js" />
import type { CheckedSheet, SheetSnapshot, SummarySheetPlan, WritePlan } from '../../engine';
import { OWN_RULE_FORMULA, cellAddress } from '../../engine';
import type { CellRect } from '../address';
import { parseRangeAddress } from '../address';
import { AddinError } from '../addin-error';
import type { Capabilities } from '../capabilities';
import { sameValue, toCellValue } from '../cell-values';
import { cellBytes, isPayloadError, RESPONSE_BUDGET_BYTES } from '../payload';
import { assertSheetUsable } from '../read-snapshot';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';
import type { CfSpec } from '../undo/undo-log';
import type { StoreTail } from '../undo/undo-store';
import { queueStoreTail } from '../undo/undo-store';
import type { PlannedRun } from './runs';
import { sliceRun } from './runs';
import { captureSummaryCells } from './summary-cells';
import { captureSummaryWidths } from './summary-widths';
import { captureStaleNotes } from './own-notes';
import { cellPropertiesBytes } from './props-bytes';

export const BLOCK_FORMAT_SPEC: Excel.CellPropertiesLoadOptions = {
  format: { wrapText: true, verticalAlignment: true, borders: { style: true, color: true, weight: true } },
};
export const HEADER_FORMAT_SPEC: Excel.CellPropertiesLoadOptions = {
  format: {
    wrapText: true, verticalAlignment: true, horizontalAlignment: true,
    fill: { color: true }, font: { bold: true, color: true, size: true },
    borders: { style: true, color: true, weight: true },
  },
};
const EDGE_SPEC: Excel.CellPropertiesLoadOptions = { format: { verticalAlignment: true, borders: { style: true, color: true, weight: true } } };
const PROPS_BYTES = { block: cellPropertiesBytes(BLOCK_FORMAT_SPEC), header: cellPropertiesBytes(HEADER_FORMAT_SPEC), edge: cellPropertiesBytes(EDGE_SPEC) };

export interface CapturedRun {
  run: PlannedRun;
  values: unknown[][];
  /** Excel.RangeValueType per cell ("String", "Error" …). */
  types: string[];
  /** True where the cell holds a formula: a person's, never written over (even when it shows nothing). */
  formula: boolean[];
  /** Number format per cell before the check. */
  numberFormat: string[][];
  props: Excel.CellProperties[][] | null;
  /** Borders of the table's edge column in the same rows (for a created column). */
  edge: Excel.CellProperties[][] | null;
}

export interface CapturedSummary {
  name: string;
  existed: boolean;
  used: { address: string; values: unknown[][]; numberFormat: string[][] } | null;
  tables: string[];
  charts: string[];
  /** Widths (points) of the columns the new summary sets, when the sheet existed. */
  widths: number[];
}

/** Planned notes whose cells are read per item (flush groups items into payload-sized syncs). */
const NOTES_PER_ITEM = 500;

/** The state the plan is about to change, read right before writing. */
export interface Captured {
  runs: CapturedRun[];
  styleFrom: Map<string, Excel.CellPropertiesFormat>;
  widths: Map<number, number>;
  notes: Map<string, string | null>;
  /** How many notes the sheet has (ExcelApi 1.18; 0 without the API): captureStaleNotes reads them. */
  noteCount: number;
  /** Those of them on cells this plan gives no note: deleted with the check (see captureStaleNotes). */
  staleNotes: { address: string; content: string }[];
  ownCfs: Excel.ConditionalFormat[];
  storedCfs: Record<string, CfSpec[]>;
  /** The plans TaskLedger's summary sheets were last written from (the store's column C). */
  storedSummaries: Record<string, SummarySheetPlan>;
  undoSheetExists: boolean;
  summaries: CapturedSummary[];
}

/** True for a formula: Range.formulas shows "=…" where Range.values shows its result (text "=…" shows the same in both). */
export function hasFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}

/** Key columns re-read to notice edits made while the engine ran. */
function keyColumns(analysis: CheckedSheet): number[] {
  const cols = new Set<number>();
  for (const role of ['seq', 'task', 'lead', 'status'] as const) {
    const c = analysis.columns.roles[role]?.col;
    if (c !== undefined) cols.add(c);
  }
  return [...cols].sort((a, b) => a - b);
}

export interface Pending {
  bytes: number;
  load(): () => void;
}

/**
 * Runs the items' loads in groups of about RESPONSE_BUDGET_BYTES by their estimates. A group Excel
 * refuses for size (an estimate too low: a person's long notes, cell formats) is split in halves and
 * read again; a single item refused is an error.
 */
export async function flush(context: Excel.RequestContext, items: Pending[], options: SyncOptions): Promise<void> {
  const groups: Pending[][] = [];
  let group: Pending[] = [];
  let bytes = 0;
  for (const item of items) {
    if (group.length > 0 && bytes + item.bytes > RESPONSE_BUDGET_BYTES) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += item.bytes;
  }
  if (group.length > 0) groups.push(group);
  while (groups.length > 0) {
    const next = groups.shift() ?? [];
    const done = next.map((item) => item.load());
    try {
      await syncWithin(context, options);
    } catch (err) {
      if (!isPayloadError(err) || next.length === 1) throw err;
      const half = Math.ceil(next.length / 2);
      groups.unshift(next.slice(0, half), next.slice(half));
      continue;
    }
    done.forEach((g) => g());
  }
}

/**
 * Re-reads the key columns (序号, task, lead, status) and the used range, and captures everything
 * the plan will overwrite: values, formulas, value types, number formats and cell formats of the runs (ExcelApi 1.9
 * cell properties), column widths, notes (1.18), TaskLedger's own conditional formats, the summary
 * sheets and the undo store. Aborts with 'changed' when the sheet differs from the snapshot the
 * plan was built on. Reads are grouped into payload-sized syncs.
 */
export async function capture(
  context: Excel.RequestContext,
  caps: Capabilities,
  snapshot: SheetSnapshot,
  usedBefore: CellRect | null,
  analysis: CheckedSheet,
  plan: WritePlan,
  runs: PlannedRun[],
  options: SyncOptions,
): Promise<Captured> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  const items: Pending[] = [];
  const changed: string[] = [];
  const snapshotValue = (row: number, col: number): unknown => snapshot.values[row - 1]?.[col - 1] ?? null;
  const compare = (top: number, col: number, got: unknown[][]): void => {
    got.forEach((line, i) => {
      const now = toCellValue(line[0]);
      const was = snapshotValue(top + i, col);
      const same = typeof was === 'object' && was !== null ? JSON.stringify(was) === JSON.stringify(now) : sameValue(now, was);
      if (!same) changed.push(cellAddress(top + i, col));
    });
  };

  // Key columns, chunked by the bytes the snapshot says they hold.
  const first = analysis.columns.dataStartRow;
  const last = Math.max(first, snapshot.values.length);
  for (const col of keyColumns(analysis)) {
    let top = first;
    while (top <= last) {
      let bytes = 0;
      let bottom = top;
      for (; bottom <= last && bytes < RESPONSE_BUDGET_BYTES / 2; bottom++) bytes += cellBytes(snapshotValue(bottom, col));
      const from = top;
      const to = bottom - 1;
      items.push({
        bytes: bytes + 64,
        load: () => {
          const r = sheet.getRangeByIndexes(from - 1, col - 1, to - from + 1, 1).load('values');
          return () => compare(from, col, r.values);
        },
      });
      top = bottom;
    }
  }

  // The cells the plan writes, with what they hold now.
  const captured: CapturedRun[] = [];
  for (const whole of runs) {
    const perCell = (whole.header ? PROPS_BYTES.header : whole.wrapText || whole.bordersFromCol ? PROPS_BYTES.block : 0) +
      (whole.bordersFromCol !== undefined ? PROPS_BYTES.edge : 0) + 48;
    // What a row of the run costs in the response: its properties, and its text twice (values and formulas),
    // which on a sheet checked before is TaskLedger's earlier 校验意见.
    const rowBytes = (row: number): number => perCell + 40 + 2 * cellBytes(snapshotValue(row, whole.col));
    for (const run of sliceRun(whole, RESPONSE_BUDGET_BYTES / 2, rowBytes)) {
      const entry: CapturedRun = { run, values: [], types: [], formula: [], numberFormat: [], props: null, edge: null };
      captured.push(entry);
      items.push({
        // values and formulas both carry the cell's text.
        bytes: run.values.reduce<number>((n, _, i) => n + rowBytes(run.startRow + i), 0),
        load: () => {
          const range = sheet.getRangeByIndexes(run.startRow - 1, run.col - 1, run.values.length, 1);
          range.load('values, formulas, valueTypes, numberFormat');
          const wantsProps = caps.cellProperties && (run.header !== undefined || run.wrapText === true || run.bordersFromCol !== undefined);
          const props = wantsProps ? range.getCellProperties(run.header ? HEADER_FORMAT_SPEC : BLOCK_FORMAT_SPEC) : null;
          const edge = caps.cellProperties && run.bordersFromCol !== undefined
            ? sheet.getRangeByIndexes(run.startRow - 1, run.bordersFromCol - 1, run.values.length, 1).getCellProperties(EDGE_SPEC)
            : null;
          // The closure runs after flush() synced (syncWithin), which the lint rule cannot follow.
          /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
          return () => {
            entry.values = range.values;
            entry.types = range.valueTypes.map((line) => String(line[0] ?? 'Empty'));
            entry.formula = range.formulas.map((line, i) => hasFormula(line[0], range.values[i]?.[0]));
            entry.numberFormat = range.numberFormat;
            entry.props = props ? props.value : null;
            entry.edge = edge ? edge.value : null;
            if (!run.header) compare(run.startRow, run.col, range.values);
          };
          /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
        },
      });
    }
  }

  const storeTail: { read: ((o: SyncOptions) => Promise<StoreTail>) | null } = { read: null };
  const result: Captured = {
    runs: captured, styleFrom: new Map(), widths: new Map(), notes: new Map(), noteCount: 0, staleNotes: [], ownCfs: [], storedCfs: {},
    storedSummaries: {}, undoSheetExists: false, summaries: [],
  };

  // What the cells the plan puts a note on hold now: no note, TaskLedger's own, or a person's (kept).
  if (caps.notes) {
    for (let i = 0; i < plan.notes.length; i += NOTES_PER_ITEM) {
      const part = plan.notes.slice(i, i + NOTES_PER_ITEM);
      items.push({
        bytes: part.reduce((n, note) => n + 300 + note.text.length * 3, 0),
        load: () => {
          const loads = part.map((n) => {
            const address = cellAddress(n.row, n.col);
            return [address, sheet.notes.getItemOrNullObject(address).load('content')] as [string, Excel.Note];
          });
          return () => { for (const [address, note] of loads) result.notes.set(address, note.isNullObject ? null : note.content); };
        },
      });
    }
  }

  // Everything small, in the last sync: guard, used range, header styles, widths, notes, formats, summary, store.
  items.push({
    bytes: 64 * 1024,
    load: () => {
      sheet.protection.load('protected');
      const autoFilter = caps.autoFilter ? sheet.autoFilter.load('isDataFiltered') : null;
      const used = sheet.getUsedRangeOrNullObject(true).load('address');
      const styleLoads: [string, OfficeExtension.ClientResult<Excel.CellProperties[][]>][] = [];
      const widthLoads: [number, Excel.RangeFormat][] = [];
      for (const run of runs) {
        const from = run.header?.created ? run.header.styleFrom : null;
        if (from && caps.cellProperties) {
          styleLoads.push([`${from.row},${from.col}`, sheet.getRangeByIndexes(from.row - 1, from.col - 1, 1, 1).getCellProperties(HEADER_FORMAT_SPEC)]);
        }
        if (run.header?.created) widthLoads.push([run.col, sheet.getRangeByIndexes(0, run.col - 1, 1, 1).format.load('columnWidth')]);
      }
      const noteCount = caps.notes ? sheet.notes.getCount() : null;
      storeTail.read = queueStoreTail(context);
      const cfs = sheet.getRange().conditionalFormats.load('type, customOrNullObject/rule/formula');
      const summaries = plan.summarySheets.map((s) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(s.name).load('name, protection/protected');
        return {
          name: s.name, ws,
          // Its cells are read afterwards, and only when the store lacks the plan it was written from
          // (revert writes that plan again): a large ledger's summary lists every finding and can be several MB.
          tables: ws.tables.load('name'),
          charts: ws.charts.load('name'),
        };
      });
      // Runs after flush() synced (syncWithin), which the lint rule cannot follow.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read */
      return () => {
        assertSheetUsable(sheet.protection, autoFilter, plan.sheet);
        const now = used.isNullObject ? null : parseRangeAddress(used.address);
        if (JSON.stringify(now) !== JSON.stringify(usedBefore)) changed.push(now ? used.address : '(empty)');
        for (const [key, p] of styleLoads) {
          const f = p.value[0]?.[0]?.format;
          if (f) result.styleFrom.set(key, f);
        }
        for (const [col, fmt] of widthLoads) result.widths.set(col, fmt.columnWidth);
        result.noteCount = noteCount ? noteCount.value : 0;
        result.ownCfs = cfs.items.filter((cf) => !cf.customOrNullObject.isNullObject && cf.customOrNullObject.rule.formula.includes(OWN_RULE_FORMULA));
        // TaskLedger's summary from an earlier check, protected since: refused before anything is written.
        for (const s of summaries) if (!s.ws.isNullObject && s.ws.protection.protected) throw new AddinError('protected', { sheet: s.name });
        result.summaries = summaries.map((s) => ({
          name: s.name,
          existed: !s.ws.isNullObject,
          used: null,
          tables: s.ws.isNullObject ? [] : s.tables.items.map((t) => t.name),
          charts: s.ws.isNullObject ? [] : s.charts.items.map((c) => c.name),
          widths: [],
        }));
      };
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
    },
  });

  await flush(context, items, options);
  if (changed.length > 0) {
    throw new AddinError('changed', { cells: changed.slice(0, 5).join('、'), count: changed.length });
  }
  if (storeTail.read) {
    const tail = await storeTail.read(options);
    result.undoSheetExists = tail.exists;
    result.storedCfs = tail.cfs;
    result.storedSummaries = tail.summaries;
  }
  await captureSummaryCells(context, result, options);
  await captureSummaryWidths(context, plan, result.summaries, options);
  await captureStaleNotes(context, plan, result, options);
  return result;
}
