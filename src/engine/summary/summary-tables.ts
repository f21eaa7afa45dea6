import type { Locale } from '../../i18n/locale';
import { statusLabel, summaryMessages } from '../../i18n/summary-messages';
import type { PlanValue, SummaryTable } from '../plan/write-plan';
import type { CountBy, UnitFigures, UnitRow } from './sheet-summary';
import { averageRatio } from './sheet-summary';
import type { StatusColumn } from './status-columns';

export const COUNT_FORMAT = '0';
export const PERCENT_FORMAT = '0.0%';

export interface TablePlace {
  name: string;
  row: number;
  col: number;
}

function figureCells(f: UnitFigures, columns: readonly StatusColumn[], none: string): PlanValue[] {
  return [
    ...columns.map((c) => f.byStatus[c.key] ?? 0),
    f.tasks,
    averageRatio(f) ?? none,
    f.missingLead,
    f.unmeasurable,
    f.findings,
  ];
}

/**
 * The by-unit table: unit, one column per status (first, so a chart can take them as its series),
 * then tasks, average completion, tasks without a lead unit, unmeasurable targets and findings.
 */
export function byUnitTable(
  place: TablePlace,
  rows: readonly Pick<UnitRow, 'unit' | keyof UnitFigures>[],
  totals: UnitFigures,
  columns: readonly StatusColumn[],
  countBy: CountBy,
  locale: Locale,
): SummaryTable {
  const m = summaryMessages[locale];
  const header = [
    m.unit[countBy], ...columns.map((c) => statusLabel(c.word, locale)), m.tasks, m.avgRatio, m.missingLead, m.unmeasurable, m.findings,
  ];
  const numberFormats = [null, ...columns.map(() => COUNT_FORMAT), COUNT_FORMAT, PERCENT_FORMAT, COUNT_FORMAT, COUNT_FORMAT, COUNT_FORMAT];
  return {
    ...place,
    header,
    rows: rows.map((r) => [r.unit ?? m.noLead, ...figureCells(r, columns, m.none)]),
    numberFormats,
    totals: [m.total, ...figureCells(totals, columns, m.none)],
    links: header.map(() => null),
  };
}

/** The by-status table: status, tasks, share of all tasks. */
export function byStatusTable(place: TablePlace, totals: UnitFigures, columns: readonly StatusColumn[], locale: Locale): SummaryTable {
  const m = summaryMessages[locale];
  const share = (n: number): PlanValue => (totals.tasks > 0 ? n / totals.tasks : m.none);
  return {
    ...place,
    header: [m.status, m.tasks, m.share],
    rows: columns.map((c) => {
      const n = totals.byStatus[c.key] ?? 0;
      return [statusLabel(c.word, locale), n, share(n)];
    }),
    numberFormats: [null, COUNT_FORMAT, PERCENT_FORMAT],
    totals: [m.total, totals.tasks, share(totals.tasks)],
    links: [null, null, null],
  };
}
