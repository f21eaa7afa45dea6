import type { ColumnProfile } from '../header/column-profile';
import type { Role } from '../profile/roles';
import type { SheetModel } from '../sheet/sheet-model';
import type { CellValue } from '../sheet/snapshot';
import { findInlineUnits, isUnitLine } from '../units/inline-units';
import type { Placeholders } from '../units/placeholder';
import { splitUnits } from '../units/split-units';
import { looksLikeBand } from './band-row';
import type { GroupRecord, RawRowInput, TaskRecord } from './task-record';
import { parseRawRow } from './task-record';

export interface ParsedRows {
  tasks: TaskRecord[];
  groups: GroupRecord[];
  blankRows: number;
}

const FIELD_ROLES = [
  'seq', 'task', 'target', 'measures', 'progress', 'plan', 'lead', 'coop', 'status', 'ratio', 'deadline', 'note',
] as const satisfies readonly Role[];

interface RowView {
  row: number;
  /** Columns of the own (non-inherited) non-empty texts, in column order, and those texts. */
  ownCols: number[];
  ownTexts: string[];
  /** The first non-empty text across the table, merges resolved (null when none). */
  first: string | null;
  /** True when every non-empty text of the row is `first`. */
  single: boolean;
}

function viewRow(model: SheetModel, row: number, cols: number[]): RowView {
  const ownCols: number[] = [];
  const ownTexts: string[] = [];
  let first: string | null = null;
  let single = true;
  for (const col of cols) {
    const text = model.text(row, col);
    if (!text) continue;
    if (first === null) first = text;
    else if (text !== first) single = false;
    const merge = model.mergeOf(row, col);
    if (merge === null || merge.top === row) {
      ownCols.push(col);
      ownTexts.push(text);
    }
  }
  return { row, ownCols, ownTexts, first, single };
}

function isBand(view: RowView, profile: ColumnProfile, model: SheetModel): string | null {
  if (!view.single || view.ownCols.length === 0) return null;
  const text = view.first;
  if (text === null || /^\d+(?:\.\d+)*$/u.test(text) || isUnitLine(text)) return null;
  if (looksLikeBand(text)) return text;
  const col = view.ownCols[0];
  if (col === undefined) return null;
  const merge = model.mergeOf(view.row, col);
  const spansColumns = merge !== null && merge.right > merge.left && merge.top === view.row;
  const seqCol = profile.roles.seq?.col;
  if (spansColumns || (seqCol !== undefined && col === seqCol)) return text;
  return null;
}

/** The cells of a row by field role; `cols` holds the column of each of FIELD_ROLES, in that order. */
function rowInput(model: SheetModel, row: number, cols: readonly (number | undefined)[]): RawRowInput {
  const at = (i: number): CellValue => {
    const col = cols[i];
    return col === undefined ? null : model.value(row, col);
  };
  return {
    seq: at(0), task: at(1), target: at(2), measures: at(3), progress: at(4), plan: at(5),
    lead: at(6), coop: at(7), status: at(8), ratio: at(9), deadline: at(10), note: at(11),
  };
}

/** Parses the rows under the header into tasks, sub-items and groups. */
export function parseRows(model: SheetModel, profile: ColumnProfile, placeholders: Placeholders): ParsedRows {
  const cols: number[] = [];
  for (let c = 1; c <= Math.max(profile.lastColumn, model.colCount); c++) {
    if (c !== profile.commentsColumn) cols.push(c);
  }
  const roleCol = (role: Role): number | undefined => profile.roles[role]?.col;
  const fieldCols = FIELD_ROLES.map(roleCol);
  const seqCol = roleCol('seq');
  const taskCol = roleCol('task');

  const tasks: TaskRecord[] = [];
  const groups: GroupRecord[] = [];
  const byRow = new Map<number, TaskRecord>();
  let group: string | null = null;
  let lastTask: TaskRecord | null = null;
  let blankRows = 0;
  // A repeated header starts another table: under the band row just above it, if any, else under none.
  const repeats = new Set(profile.repeatedHeaderRows);
  let bandSinceTask = false;

  for (let row = profile.dataStartRow; row <= profile.dataEndRow; row++) {
    if (repeats.has(row)) {
      if (!bandSinceTask) group = null;
      lastTask = null;
      continue;
    }
    const view = viewRow(model, row, cols);
    if (view.ownCols.length === 0) {
      blankRows++;
      continue;
    }
    const band = isBand(view, profile, model);
    if (band !== null) {
      groups.push({ row, text: band });
      group = band;
      lastTask = null;
      bandSinceTask = true;
      continue;
    }
    bandSinceTask = false;
    if (lastTask && view.ownCols.length === 1) {
      const only = view.ownTexts[0];
      if (only !== undefined && isUnitLine(only)) {
        attachUnitRow(lastTask, only, row, placeholders);
        continue;
      }
    }

    const raw = parseRawRow(rowInput(model, row, fieldCols));

    const parent = findParent(model, row, seqCol, taskCol, view, lastTask, byRow);
    // Field by field, in RawRow's order (not {...raw, …}: spreading and then adding keys is a slow path in V8).
    const record: TaskRecord = {
      seq: raw.seq, task: raw.task, target: raw.target, measures: raw.measures, progress: raw.progress, plan: raw.plan,
      lead: raw.lead, coop: raw.coop, status: raw.status, ratio: raw.ratio, deadline: raw.deadline, note: raw.note,
      row,
      kind: parent ? 'subitem' : 'task',
      parentRow: parent?.row ?? null,
      group,
      leadUnits: [],
      coopUnits: [],
      leadSource: 'none',
      extraRows: [],
    };
    resolveUnits(record, parent, placeholders);
    tasks.push(record);
    byRow.set(row, record);
    if (!parent) lastTask = record;
  }
  return { tasks, groups, blankRows };
}

/** A row is a sub-item when its 序号 (or, without a 序号 column, its task cell) is not its own. */
function findParent(
  model: SheetModel,
  row: number,
  seqCol: number | undefined,
  taskCol: number | undefined,
  view: RowView,
  lastTask: TaskRecord | null,
  byRow: Map<number, TaskRecord>,
): TaskRecord | null {
  const keyCol = seqCol ?? taskCol;
  if (keyCol === undefined) return null;
  const cell = model.cell(row, keyCol);
  if (cell.merge && cell.merge.top < row) {
    const top = byRow.get(cell.merge.top);
    return top ? (top.kind === 'task' ? top : (byRow.get(top.parentRow ?? -1) ?? null)) : lastTask;
  }
  if (view.ownCols.includes(keyCol)) return null;
  return lastTask;
}

function resolveUnits(record: TaskRecord, parent: TaskRecord | null, placeholders: Placeholders): void {
  if (record.lead !== null) {
    const list = splitUnits(record.lead, placeholders);
    if (list.lead.length > 0) {
      record.leadUnits = list.lead;
      record.coopUnits = list.coop;
      record.leadSource = 'column';
    }
  }
  if (record.leadSource === 'none' && record.kind === 'task') {
    for (const text of [record.task, record.target]) {
      const inline = text ? findInlineUnits(text, placeholders) : null;
      if (inline) {
        record.leadUnits = inline.lead;
        record.coopUnits = inline.coop;
        record.leadSource = 'task-text';
        break;
      }
    }
  }
  if (record.leadSource === 'none' && parent) {
    record.leadUnits = parent.leadUnits;
    record.coopUnits = parent.coopUnits;
    record.leadSource = parent.leadSource === 'none' ? 'none' : 'parent';
  }
  if (record.coop !== null) {
    for (const unit of splitUnits(record.coop, placeholders).lead) {
      if (!record.coopUnits.includes(unit)) record.coopUnits = [...record.coopUnits, unit];
    }
  }
}

function attachUnitRow(task: TaskRecord, text: string, row: number, placeholders: Placeholders): void {
  task.extraRows.push(row);
  const inline = findInlineUnits(text, placeholders);
  if (!inline) return;
  if (/^\s*[（(]?\s*(?:配合|协办)/u.test(text)) {
    task.coopUnits = [...task.coopUnits, ...inline.lead.filter((u) => !task.coopUnits.includes(u))];
    return;
  }
  if (task.leadSource === 'none') {
    task.leadUnits = inline.lead;
    task.coopUnits = [...task.coopUnits, ...inline.coop];
    task.leadSource = 'unit-row';
  }
}
