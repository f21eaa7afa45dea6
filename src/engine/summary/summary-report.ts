import type { Locale } from '../../i18n/locale';
import { summaryMessages } from '../../i18n/summary-messages';
import type { CountBy, SheetSummary, UnitFigures } from './sheet-summary';
import { averageRatio } from './sheet-summary';
import type { StatusColumn } from './status-columns';

/** The key of tasks without a (recognised) status in the report's byStatus. */
export const NO_STATUS_KEY = 'none';

export interface FiguresReport {
  tasks: number;
  /** Tasks per status, keyed by the sheet's own word ("按时推进"), and "none". */
  byStatus: Record<string, number>;
  /** Average completion ratio over the tasks that have one (each at most 1), or null. */
  avgRatio: number | null;
  ratioTasks: number;
  missingLead: number;
  unmeasurable: number;
  findings: number;
}

export interface UnitReport extends FiguresReport {
  unit: string;
  /** True for the row of tasks without a lead unit. */
  noLead: boolean;
}

/** The report's `summary` of a sheet: the same figures as its summary sheet. */
export interface SummaryReport {
  countBy: CountBy;
  byUnit: UnitReport[];
  byStatus: Record<string, number>;
  totals: FiguresReport;
  nearDuplicates: [string, string][];
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

export function statusCounts(f: UnitFigures, columns: readonly StatusColumn[]): Record<string, number> {
  return Object.fromEntries(columns.map((c) => [c.key === 'none' ? NO_STATUS_KEY : c.word, f.byStatus[c.key] ?? 0]));
}

function figures(f: UnitFigures, columns: readonly StatusColumn[]): FiguresReport {
  const avg = averageRatio(f);
  return {
    tasks: f.tasks, byStatus: statusCounts(f, columns), avgRatio: avg === null ? null : round(avg), ratioTasks: f.ratioTasks,
    missingLead: f.missingLead, unmeasurable: f.unmeasurable, findings: f.findings,
  };
}

export function summaryReport(summary: SheetSummary, locale: Locale): SummaryReport {
  const m = summaryMessages[locale];
  return {
    countBy: summary.countBy,
    byUnit: summary.byUnit.map((u) => ({ unit: u.unit ?? m.noLead, noLead: u.unit === null, ...figures(u, summary.columns) })),
    byStatus: statusCounts(summary.totals, summary.columns),
    totals: figures(summary.totals, summary.columns),
    nearDuplicates: summary.nearDuplicates.map((d) => d.units),
  };
}
