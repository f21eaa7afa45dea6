import type { Finding } from '../findings/finding';
import type { AsOf } from '../schedule/as-of';
import type { NearDuplicate } from './near-duplicates';
import type { StatusColumn, StatusKey } from './status-columns';

/** Count a task under its lead unit (the first listed), or under every unit it lists. */
export type CountBy = 'lead' | 'all';
export const COUNT_BY: readonly CountBy[] = ['lead', 'all'];

/** The figures of one row of the by-unit table (or of the totals). */
export interface UnitFigures {
  tasks: number;
  /** Tasks per status column (every shown column present, 0 included). */
  byStatus: Partial<Record<StatusKey, number>>;
  /** Tasks with a completion ratio, and the sum of their ratios (each counted at most 100%). */
  ratioTasks: number;
  ratioSum: number;
  /** Tasks without a lead unit. */
  missingLead: number;
  /** Target rows (the task's and its sub-items') whose target states no checkable criterion. */
  unmeasurable: number;
  /** Findings on the task rows and their sub-item rows. */
  findings: number;
}

export interface UnitRow extends UnitFigures {
  /** The unit's name, or null for the row of tasks without a lead unit. */
  unit: string | null;
  key: string;
  /** The task rows counted under the unit. */
  taskRows: number[];
}

/** The summary of one checked sheet: the figures the summary sheet, the report and the terminal show. */
export interface SheetSummary {
  sheet: string;
  /** The sheet's own title (the text above its header), '' when none. */
  title: string;
  asOf: AsOf | null;
  countBy: CountBy;
  columns: StatusColumn[];
  /** Sorted by number of tasks (most first); the row of tasks without a lead unit last. */
  byUnit: UnitRow[];
  /** Over the sheet's tasks, each counted once (so in 'all' mode not the sum of the rows). */
  totals: UnitFigures;
  /** Names that might be one unit written two ways. */
  nearDuplicates: NearDuplicate[];
  /** The sheet's findings in sheet order, each with the lead unit of its task (null: none, or not on a task). */
  findings: { finding: Finding; unit: string | null }[];
}

/** Average completion ratio, or null when no task has one. */
export function averageRatio(f: Pick<UnitFigures, 'ratioSum' | 'ratioTasks'>): number | null {
  return f.ratioTasks > 0 ? f.ratioSum / f.ratioTasks : null;
}

export function emptyFigures(columns: readonly StatusColumn[]): UnitFigures {
  const byStatus: Partial<Record<StatusKey, number>> = {};
  for (const c of columns) byStatus[c.key] = 0;
  return { tasks: 0, byStatus, ratioTasks: 0, ratioSum: 0, missingLead: 0, unmeasurable: 0, findings: 0 };
}

/** Adds b into a (status columns a does not have are added to it). */
export function addFigures(a: UnitFigures, b: UnitFigures): void {
  a.tasks += b.tasks;
  // for…in visits the keys in Object.entries' order (no integer-like keys here), without the pairs.
  for (const key in b.byStatus) {
    const k = key as StatusKey;
    a.byStatus[k] = (a.byStatus[k] ?? 0) + (b.byStatus[k] ?? 0);
  }
  a.ratioTasks += b.ratioTasks;
  a.ratioSum += b.ratioSum;
  a.missingLead += b.missingLead;
  a.unmeasurable += b.unmeasurable;
  a.findings += b.findings;
}
