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
  /** Own (non-inherited) non-empty texts by column. */
  own: Map<number, string>;
  /** Distinct non-empty texts across the table, merges resolved. */
  distinct: Set<string>;
}

function viewRow(model: SheetModel, row: number, cols: number[]): RowView {
  const own = new Map<number, string>();
  const distinct = new Set<string>();
  for (const col of cols) {
    const text = model.text(row, col);
    if (!text) continue;
    distinct.add(text);
    const merge = model.mergeOf(row, col);
    if (merge === null || merge.top === row) own.set(col, text);
  }
  return { row, own, distinct };
}

function isBand(view: RowView, profile: ColumnProfile, model: SheetModel): string | null {
  if (view.distinct.size !== 1 || view.own.size === 0) return null;
  const [text] = view.distinct;
  if (text === undefined || /^\d+(?:\.\d+)*$/u.test(text) || isUnitLine(text)) return null;
  if (looksLikeBand(text)) return text;
  const [col] = view.own.keys();
  if (col === undefined) return null;
  const merge = model.mergeOf(view.row, col);
  const spansColumns = merge !== null && merge.right > merge.left && merge.top === view.row;
  const seqCol = profile.roles.seq?.col;
  if (spansColumns || (seqCol !== undefined && col === seqCol)) return text;
  return null;
}

/** Parses the rows under the header into tasks, sub-items and groups. */
export function parseRows(model: SheetModel, profile: ColumnProfile, placeholders: Placeholders): ParsedRows {
  const cols: number[] = [];
  for (let c = 1; c <= Math.max(profile.lastColumn, model.colCount); c++) {
    if (c !== profile.commentsColumn) cols.push(c);
  }
  const roleCol = (role: Role): number | undefined => profile.roles[role]?.col;
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
    if (view.own.size === 0) {
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
    if (lastTask && view.own.size === 1) {
      const [only] = view.own.values();
      if (only !== undefined && isUnitLine(only)) {
        attachUnitRow(lastTask, only, row, placeholders);
        continue;
      }
    }

    const input = {} as Record<(typeof FIELD_ROLES)[number], CellValue>;
    for (const role of FIELD_ROLES) {
      const col = roleCol(role);
      input[role] = col === undefined ? null : model.value(row, col);
    }
    const raw = parseRawRow(input satisfies RawRowInput);

    const parent = findParent(model, row, seqCol, taskCol, view, lastTask, byRow);
    const record: TaskRecord = {
      ...raw,
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
  if (view.own.has(keyCol)) return null;
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
