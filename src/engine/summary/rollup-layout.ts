import type { Locale } from '../../i18n/locale';
import { summaryMessages } from '../../i18n/summary-messages';
import type { PlanValue, SummaryCell, SummarySheetPlan, SummaryTable } from '../plan/write-plan';
import type { RollupSummary } from './rollup';
import { averageRatio } from './sheet-summary';
import { SUMMARY_MARK } from './summary-marker';
import { COUNT_FORMAT, PERCENT_FORMAT, byStatusTable, byUnitTable } from './summary-tables';
import { HEADER_ROW } from './summary-layout';
import { statusLabel } from '../../i18n/summary-messages';
import { fitWidth } from './text-width';

export interface RollupSheetOptions {
  name?: string;
  locale: Locale;
  generatedAt?: string | null;
}

/**
 * The roll-up sheet: the same by-unit and by-status tables as a ledger's summary, added up over
 * all inputs, then one row per source ledger (file, sheet, its totals).
 */
export function buildRollupSheet(rollup: RollupSummary, options: RollupSheetOptions): SummarySheetPlan {
  const { locale } = options;
  const m = summaryMessages[locale];
  const unitTable = byUnitTable({ name: 'TaskLedger_ByUnit', row: HEADER_ROW, col: 1 }, rollup.byUnit, rollup.totals, rollup.columns, rollup.countBy, locale);
  const leftWidth = unitTable.header.length;
  const noteRow = HEADER_ROW + unitTable.rows.length + 2;
  const statusTitleRow = noteRow + 2;
  const statusTable = byStatusTable({ name: 'TaskLedger_ByStatus', row: statusTitleRow + 1, col: 1 }, rollup.totals, rollup.columns, locale);
  const sourcesTitleRow = statusTable.row + statusTable.rows.length + 3;
  const sourcesTable: SummaryTable = {
    name: 'TaskLedger_Sources', row: sourcesTitleRow + 1, col: 1,
    header: [m.file, m.sheet, ...rollup.columns.map((c) => statusLabel(c.word, locale)), m.tasks, m.avgRatio, m.findings],
    rows: rollup.sources.map((s): PlanValue[] => [
      s.file, s.sheet, ...rollup.columns.map((c) => s.totals.byStatus[c.key] ?? 0), s.totals.tasks, averageRatio(s.totals) ?? m.none, s.totals.findings,
    ]),
    numberFormats: [null, null, ...rollup.columns.map(() => COUNT_FORMAT), COUNT_FORMAT, PERCENT_FORMAT, COUNT_FORMAT],
    totals: null,
    links: [],
  };
  sourcesTable.links = sourcesTable.header.map(() => null);
  const cells: SummaryCell[] = [
    { row: 1, col: 1, value: m.rollupTitle, bold: true, fontSize: 16 },
    { row: 2, col: 1, value: m.facts.files, bold: true },
    { row: 2, col: 2, value: rollup.sources.length, numberFormat: COUNT_FORMAT },
    { row: 2, col: 4, value: m.facts.tasks, bold: true },
    { row: 2, col: 5, value: rollup.totals.tasks, numberFormat: COUNT_FORMAT },
    { row: 3, col: 1, value: m.facts.countBy, bold: true },
    { row: 3, col: 2, value: m.countBy[rollup.countBy] },
    ...(options.generatedAt
      ? [{ row: 3, col: 4, value: m.facts.generatedAt, bold: true }, { row: 3, col: 5, value: options.generatedAt }]
      : []),
    { row: 3, col: leftWidth - 4, value: m.facts.generator, bold: true },
    { row: 3, col: leftWidth - 3, value: SUMMARY_MARK },
    { row: HEADER_ROW - 1, col: 1, value: m.sections.byUnit, bold: true, fontSize: 12 },
    { row: noteRow, col: 1, value: m.note(rollup.countBy) },
    { row: statusTitleRow, col: 1, value: m.sections.byStatus, bold: true, fontSize: 12 },
    { row: sourcesTitleRow, col: 1, value: m.sections.sources, bold: true, fontSize: 12 },
  ];
  if (rollup.nearDuplicates.length > 0) {
    const pairs = rollup.nearDuplicates.slice(0, 10).map((d) => m.nearDuplicate(d.units[0], d.units[1]));
    cells.push({ row: sourcesTitleRow - 2, col: 1, value: `${m.sections.nearDuplicates}${pairs.join(m.listSep)}` });
  }
  const names = [...unitTable.rows.map((r) => String(r[0] ?? '')), ...rollup.sources.map((s) => s.file)];
  const columnWidths = [
    fitWidth(names, 14, 36),
    fitWidth([unitTable.header[1] ?? '', ...rollup.sources.map((s) => s.sheet)], 10, 24),
    ...unitTable.header.slice(2).map((h) => fitWidth([h], 10, 16)),
  ];
  return {
    name: options.name ?? m.sheetName,
    sourceSheet: '',
    cells,
    tables: [unitTable, statusTable, sourcesTable],
    freezeRows: HEADER_ROW,
    columnWidths,
    chart: {
      title: m.chartTitle, table: unitTable.name, seriesColumns: rollup.columns.map((_, i) => i + 1),
      anchor: { row: sourcesTable.row + sourcesTable.rows.length + 3, col: 1, rows: 16, cols: Math.min(leftWidth, 10) },
    },
  };
}
