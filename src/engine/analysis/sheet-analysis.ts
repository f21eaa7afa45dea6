import type { FindingCode, Severity } from '../findings/codes';
import type { Finding } from '../findings/finding';
import type { ColumnProfile } from '../header/column-profile';
import type { GroupRecord, TaskRecord } from '../rows/task-record';

export interface SheetCounts {
  tasks: number;
  subitems: number;
  groups: number;
  bySeverity: Record<Severity, number>;
  byCode: Partial<Record<FindingCode, number>>;
}

/** The result of checking one sheet: pure data, rendered by the CLI, the add-in and the report. */
export interface CheckedSheet {
  status: 'checked';
  sheet: string;
  columns: ColumnProfile;
  records: TaskRecord[];
  groups: GroupRecord[];
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
