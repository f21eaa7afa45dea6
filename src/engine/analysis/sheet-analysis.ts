import type { FindingCode, Severity } from '../findings/codes';
import type { Finding } from '../findings/finding';
import type { ColumnProfile } from '../header/column-profile';
import type { GroupRecord, TaskRecord } from '../rows/task-record';
import type { AsOf } from '../schedule/as-of';
import type { RowJudgement } from './row-judgement';

export interface SheetCounts {
  tasks: number;
  subitems: number;
  groups: number;
  bySeverity: Record<Severity, number>;
  byCode: Partial<Record<FindingCode, number>>;
}

/** What the rows of a sheet are, before any judgement. */
export interface CheckedSheetBase {
  sheet: string;
  columns: ColumnProfile;
  records: TaskRecord[];
  groups: GroupRecord[];
}

/** The result of checking one sheet: pure data, rendered by the CLI, the add-in and the report. */
export interface CheckedSheet extends CheckedSheetBase {
  status: 'checked';
  /** The text above the header (the sheet title), '' when none. */
  title: string;
  /** The report date and 序时进度 the sheet is judged at, or null when nothing names one. */
  asOf: AsOf | null;
  /** Per row: measurability, completion ratio and status. */
  judgements: Map<number, RowJudgement>;
  findings: Finding[];
  counts: SheetCounts;
}

export type SkipReason = 'no-header' | 'empty';

export interface SkippedSheet {
  status: 'skipped';
  sheet: string;
  reason: SkipReason;
  scannedRows: number;
  lookedFor: string[];
}

export type SheetAnalysis = CheckedSheet | SkippedSheet;
