/// <reference types="office-js" />
import { readInChunks } from '../chunked-reads';
import { REQUEST_BUDGET_BYTES, RESPONSE_BUDGET_BYTES } from '../payload';
import type { SyncOptions } from '../sync';
import { syncWithin } from '../sync';
import { textEntry } from '../text-entry';
import type { SummarySheetPlan } from '../../engine';
import type { CfSpec, UndoLog } from './undo-log';

/**
 * Where the undo log lives: a very hidden worksheet (SheetVisibility.veryHidden, ExcelApi 1.1),
 * not a custom XML part. Why: the log of a 20,000-row check runs to megabytes; in a sheet it is
 * written and read in chunks through the same payload-bounded range calls as everything else,
 * each cell holding up to 30,000 characters, while a custom XML part is one string in one call
 * (and Office on the web has refused custom XML parts over about 1 MB: office-js issue #2408).
 * A very hidden sheet cannot be unhidden from Excel's UI, is saved with the workbook, and works
 * the same in Excel on Windows, Mac and the web.
 *
 * Column A holds the last check's log (JSON split over rows); column B holds TaskLedger's own
 * conditional formats currently on each sheet, and column C the plan each of TaskLedger's summary
 * sheets was last written from (so a re-run can log what it replaces, and its revert rewrite it).
 */
export const UNDO_SHEET = 'TaskLedger_Undo';
const CELL_CHARS = 30_000;

function split(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CELL_CHARS) out.push(text.slice(i, i + CELL_CHARS));
  return out;
}

export interface StoredState {
  log: UndoLog | null;
  /** Own conditional formats per sheet name. */
  cfs: Record<string, CfSpec[]>;
  /** The plan each of TaskLedger's summary sheets was written from, by sheet name. */
  summaries: Record<string, SummarySheetPlan>;
}

const COLUMNS = 3;

function parse<T>(text: string, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The store's text columns from `first` (0-based) on, `count` of them, each joined: read in payload-sized
 * row chunks (halved on a refusal). Null when there is no store.
 */
async function readStoreColumns(context: Excel.RequestContext, first: number, count: number, options: SyncOptions): Promise<string[] | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load('rowCount');
  await syncWithin(context, options);
  // syncWithin() above is context.sync() with a time limit; the lint rule does not know it.
  // eslint-disable-next-line office-addins/call-sync-before-read
  if (sheet.isNullObject) return null;
  const columns = Array.from({ length: count }, () => '');
  if (used.isNullObject) return columns;
  const rows = Math.floor(RESPONSE_BUDGET_BYTES / (CELL_CHARS * 3 * count));
  await readInChunks(context, used.rowCount, rows, (top, bottom) => {
    const range = sheet.getRangeByIndexes(top, first, bottom - top, count).load('values');
    return () => {
      for (const line of range.values) {
        for (let c = 0; c < count; c++) columns[c] += typeof line[c] === 'string' ? line[c] : '';
      }
    };
  }, options);
  return columns;
}

/** Reads the stored log and own-format specs (chunked like any other read). */
export async function readUndoStore(context: Excel.RequestContext, options: SyncOptions): Promise<StoredState> {
  const columns = await readStoreColumns(context, 0, COLUMNS, options);
  if (columns === null) return { log: null, cfs: {}, summaries: {} };
  return {
    log: parse<UndoLog | null>(columns[0] ?? '', null),
    cfs: parse<Record<string, CfSpec[]>>(columns[1] ?? '', {}),
    summaries: parse<Record<string, SummarySheetPlan>>(columns[2] ?? '', {}),
  };
}

/** The store apart from its log: TaskLedger's own conditional formats and summary plans, and whether it exists. */
export interface StoreTail {
  exists: boolean;
  cfs: Record<string, CfSpec[]>;
  summaries: Record<string, SummarySheetPlan>;
}

/** Rows of the store's columns B and C read with the check's last capture sync: enough for a small store. */
const TAIL_ROWS = 4;

/**
 * Queues, with the caller's next sync, the store's size and its first rows of columns B and C (TaskLedger's
 * own formats and summary plans). Call the result after that sync: a store that fits in those rows is
 * complete; a larger one (the summary of a large ledger lists every finding) is read in payload-sized
 * chunks with syncs of its own.
 */
export function queueStoreTail(context: Excel.RequestContext): (options: SyncOptions) => Promise<StoreTail> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load('rowCount');
  const head = sheet.getRange(`B1:C${TAIL_ROWS}`).load('values');
  // Called after the caller's sync (syncWithin), which the lint rule cannot follow.
  /* eslint-disable office-addins/call-sync-before-read */
  return async (options) => {
    if (sheet.isNullObject) return { exists: false, cfs: {}, summaries: {} };
    let columns = ['', ''];
    if (used.isNullObject || used.rowCount <= TAIL_ROWS) {
      for (const line of head.values) for (let c = 0; c < 2; c++) columns[c] += typeof line[c] === 'string' ? line[c] : '';
    } else {
      columns = (await readStoreColumns(context, 1, 2, options)) ?? columns;
    }
    return {
      exists: true,
      cfs: parse<Record<string, CfSpec[]>>(columns[0] ?? '', {}),
      summaries: parse<Record<string, SummarySheetPlan>>(columns[1] ?? '', {}),
    };
  };
  /* eslint-enable office-addins/call-sync-before-read */
}

/** A queued write with its size, so callers can batch writes under the request budget. */
export interface SizedWrite {
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

/** True when the store would hold nothing: no log, no own conditional formats, no summary sheet of TaskLedger's. */
export function isEmptyStore(state: StoredState): boolean {
  return state.log === null && Object.values(state.cfs).every((list) => list.length === 0) && Object.keys(state.summaries).length === 0;
}

/**
 * The writes that replace the store's content: creating the very hidden sheet when missing,
 * clearing it, then the chunks of the three columns (each written so Excel keeps it as text: a
 * chunk may start with "=", "-", "'" or a digit). A store left with nothing in it is deleted, so a
 * check and its revert leave the workbook's sheets as they were (Excel refuses to delete a very
 * hidden sheet, so it is made hidden first).
 */
export function undoStoreWrites(state: StoredState, exists: boolean): SizedWrite[] {
  if (isEmptyStore(state)) {
    return exists
      ? [{
        bytes: 200,
        queue: (context) => {
          const sheet = context.workbook.worksheets.getItem(UNDO_SHEET);
          sheet.visibility = 'Hidden';
          sheet.delete();
        },
      }]
      : [];
  }
  const cfs = Object.fromEntries(Object.entries(state.cfs).filter(([, list]) => list.length > 0));
  const texts = [state.log ? split(JSON.stringify(state.log)) : [], split(JSON.stringify(cfs)), split(JSON.stringify(state.summaries))];
  const writes: SizedWrite[] = [
    {
      bytes: 200,
      queue: (context) => {
        const sheet = exists ? context.workbook.worksheets.getItem(UNDO_SHEET) : context.workbook.worksheets.add(UNDO_SHEET);
        sheet.visibility = 'VeryHidden';
        sheet.getRange('A:C').clear('All');
      },
    },
  ];
  const perRequest = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / (CELL_CHARS * 3 * COLUMNS)));
  const rows = Math.max(...texts.map((t) => t.length));
  for (let top = 0; top < rows; top += perRequest) {
    const n = Math.min(perRequest, rows - top);
    const values = Array.from({ length: n }, (_, i) => texts.map((t) => textEntry(t[top + i] ?? '', null)));
    writes.push({
      bytes: 100 + values.reduce((sum, line) => sum + line.reduce<number>((m, v) => m + String(v).length * 3, 0), 0),
      queue: (context) => {
        context.workbook.worksheets.getItem(UNDO_SHEET).getRangeByIndexes(top, 0, n, COLUMNS).values = values;
      },
    });
  }
  return writes;
}
