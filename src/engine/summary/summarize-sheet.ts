import { sheetVocabulary } from '../analysis/judge-rows';
import type { CheckedSheet } from '../analysis/sheet-analysis';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import type { Profile } from '../profile/profile-schema';
import type { TaskRecord } from '../rows/task-record';
import { nearDuplicates } from './near-duplicates';
import type { CountBy, SheetSummary, UnitFigures, UnitRow } from './sheet-summary';
import { addFigures, emptyFigures } from './sheet-summary';
import type { StatusColumn } from './status-columns';
import { statusColumns, statusKeyOf } from './status-columns';
import { UnitDirectory } from './unit-names';

export interface SummaryOptions {
  profile?: Profile;
  countBy?: CountBy;
}

/** The key of the row of tasks without a lead unit (no unit key is empty). */
export const NO_LEAD_KEY = '';

/** Task row per sheet row: a task's own row, its sub-item rows and the rows folded into them. */
function taskRowIndex(records: readonly TaskRecord[]): Map<number, number> {
  const index = new Map<number, number>();
  for (const r of records) {
    const task = r.kind === 'task' || r.parentRow === null ? r.row : r.parentRow;
    index.set(r.row, task);
    for (const extra of r.extraRows) index.set(extra, task);
  }
  return index;
}

/** The figures of one task, counted once. */
function taskFigures(sheet: CheckedSheet, task: TaskRecord, columns: StatusColumn[], rowsOf: number[], findings: number): UnitFigures {
  const f = emptyFigures(columns);
  const j = sheet.judgements.get(task.row);
  f.tasks = 1;
  const key = statusKeyOf(j?.status ?? null, columns);
  f.byStatus[key] = (f.byStatus[key] ?? 0) + 1;
  const ratio = j?.completion?.ratio ?? null;
  if (ratio !== null && Number.isFinite(ratio)) {
    f.ratioTasks = 1;
    f.ratioSum = Math.min(1, Math.max(0, ratio));
  }
  f.missingLead = task.leadUnits.length === 0 ? 1 : 0;
  f.unmeasurable = rowsOf.filter((row) => sheet.judgements.get(row)?.measurability?.measurable === false).length;
  f.findings = findings;
  return f;
}

function unitsOf(task: TaskRecord, countBy: CountBy): string[] {
  const lead = task.leadUnits[0];
  if (countBy === 'lead') return lead === undefined ? [] : [lead];
  return [...task.leadUnits, ...task.coopUnits];
}

/**
 * The summary of a checked sheet by lead unit and status. Tasks are records of kind 'task'
 * (sub-items are part of their task); a task's status is its row's judgement (the stated one
 * kept, else the computed one), counted under the sheet's own word for its level.
 */
export function summarizeSheet(sheet: CheckedSheet, options: SummaryOptions = {}): SheetSummary {
  const profile = options.profile ?? DEFAULT_PROFILE;
  const countBy = options.countBy ?? 'lead';
  const directory = new UnitDirectory(profile.unitAliases ?? DEFAULT_PROFILE.unitAliases ?? {});
  const tasks = sheet.records.filter((r) => r.kind === 'task');
  const columns = statusColumns(
    sheetVocabulary(sheet.records, profile),
    tasks.map((t) => sheet.judgements.get(t.row)?.status ?? null),
  );

  const rowIndex = taskRowIndex(sheet.records);
  const rowsOfTask = new Map<number, number[]>(tasks.map((t) => [t.row, []]));
  for (const r of sheet.records) rowsOfTask.get(rowIndex.get(r.row) ?? r.row)?.push(r.row);
  const findingsOfTask = new Map<number, number>();
  for (const f of sheet.findings) {
    const task = f.row === null ? undefined : rowIndex.get(f.row);
    if (task !== undefined) findingsOfTask.set(task, (findingsOfTask.get(task) ?? 0) + 1);
  }

  const rows = new Map<string, UnitRow>();
  const rowFor = (key: string): UnitRow => {
    let row = rows.get(key);
    if (!row) {
      row = { unit: null, key, taskRows: [], ...emptyFigures(columns) };
      rows.set(key, row);
    }
    return row;
  };
  const totals = emptyFigures(columns);
  for (const task of tasks) {
    const figures = taskFigures(sheet, task, columns, rowsOfTask.get(task.row) ?? [task.row], findingsOfTask.get(task.row) ?? 0);
    addFigures(totals, figures);
    const keys = [...new Set(unitsOf(task, countBy).map((u) => directory.see(u)))].filter((k) => k !== NO_LEAD_KEY);
    for (const key of keys.length > 0 ? keys : [NO_LEAD_KEY]) {
      const row = rowFor(key);
      addFigures(row, figures);
      row.taskRows.push(task.row);
    }
  }
  const order = [...rows.keys()];
  const byUnit = [...rows.values()]
    .map((row) => ({ ...row, unit: row.key === NO_LEAD_KEY ? null : directory.displayName(row.key) }))
    .sort((a, b) =>
      Number(a.unit === null) - Number(b.unit === null) || b.tasks - a.tasks || order.indexOf(a.key) - order.indexOf(b.key));
  const names = byUnit.flatMap((r) => (r.unit === null ? [] : [r.unit]));
  const taskByRow = new Map(tasks.map((t) => [t.row, t]));
  const leadOf = (row: number | null): string | null => {
    const task = row === null ? undefined : taskByRow.get(rowIndex.get(row) ?? -1);
    const lead = task?.leadUnits[0];
    return lead === undefined ? null : directory.displayName(directory.keyOf(lead));
  };
  return {
    sheet: sheet.sheet, title: sheet.title, asOf: sheet.asOf, countBy, columns, byUnit, totals,
    nearDuplicates: nearDuplicates(names),
    findings: sheet.findings.map((finding) => ({ finding, unit: leadOf(finding.row) })),
  };
}
