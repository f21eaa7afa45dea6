import { severityLabels, formatFinding } from '../../i18n/finding-messages';
import type { Locale } from '../../i18n/locale';
import { summaryMessages } from '../../i18n/summary-messages';
import type { SummaryCell, SummarySheetPlan, SummaryTable } from '../plan/write-plan';
import type { Finding } from '../findings/finding';
import type { SheetSummary } from './sheet-summary';
import { SUMMARY_MARK } from './summary-marker';
import { PERCENT_FORMAT, byStatusTable, byUnitTable } from './summary-tables';
import { fitWidth } from './text-width';

export interface SummarySheetOptions {
  /** The summary sheet's name ("汇总", "汇总-<sheet>"). */
  name: string;
  locale: Locale;
  /** When the summary was generated, as shown ("2024-10-08 10:30"); omitted when null. */
  generatedAt?: string | null;
  /** Appended to the table names, to keep them unique in the workbook ("_2"). */
  tableSuffix?: string;
  /** A finding's text in the locale, when the caller has it already (the write plan formats each once). */
  findingText?: (finding: Finding) => string;
}

/** Rows of the fixed top block: title, facts, the source sheet's title, a blank row, the section titles. */
export const HEADER_ROW = 7;
const SECTION_ROW = HEADER_ROW - 1;
const MAX_NEAR_DUPLICATES = 10;

/** Cells of a label/value pair. */
function fact(row: number, col: number, label: string, value: string | number, extra: Partial<SummaryCell> = {}): SummaryCell[] {
  return [{ row, col, value: label, bold: true }, { row, col: col + 1, value, ...extra }];
}

/**
 * The summary sheet of one checked ledger sheet. Left: the title and facts, the by-unit table
 * (frozen header, totals row, a note), the by-status table and, where the host draws charts, a
 * stacked bar chart of statuses per unit. Right, from the same header row: the findings list, each
 * cell a link to the cell at fault.
 */
export function buildSummarySheet(summary: SheetSummary, options: SummarySheetOptions): SummarySheetPlan {
  const { locale, tableSuffix = '' } = options;
  const m = summaryMessages[locale];
  const unitTable = byUnitTable(
    { name: `TaskLedger_ByUnit${tableSuffix}`, row: HEADER_ROW, col: 1 },
    summary.byUnit, summary.totals, summary.columns, summary.countBy, locale,
  );
  const leftWidth = unitTable.header.length;
  const unitEnd = HEADER_ROW + unitTable.rows.length + 1;
  const noteRow = unitEnd + 1;
  const statusTitleRow = noteRow + 2;
  const statusTable = byStatusTable({ name: `TaskLedger_ByStatus${tableSuffix}`, row: statusTitleRow + 1, col: 1 }, summary.totals, summary.columns, locale);
  let nextRow = statusTable.row + statusTable.rows.length + 3;

  const asOf = summary.asOf;
  const cells: SummaryCell[] = [
    { row: 1, col: 1, value: m.title(summary.sheet), bold: true, fontSize: 16 },
    ...fact(2, 1, m.facts.sourceSheet, summary.sheet, { link: { sheet: summary.sheet, cell: 'A1' } }),
    ...fact(2, 4, m.facts.reportDate, asOf && (asOf.date ?? asOf.text) !== '' ? (asOf.date ?? asOf.text) : m.none),
    ...fact(2, leftWidth - 4, m.facts.expected, asOf ? asOf.expected : m.none, asOf ? { numberFormat: PERCENT_FORMAT } : {}),
    ...fact(3, 1, m.facts.countBy, m.countBy[summary.countBy]),
    ...(options.generatedAt ? fact(3, 4, m.facts.generatedAt, options.generatedAt) : []),
    ...fact(3, leftWidth - 4, m.facts.generator, SUMMARY_MARK),
    ...(summary.title ? fact(4, 1, m.facts.sheetTitle, summary.title) : []),
    { row: SECTION_ROW, col: 1, value: m.sections.byUnit, bold: true, fontSize: 12 },
    { row: noteRow, col: 1, value: m.note(summary.countBy) },
    { row: statusTitleRow, col: 1, value: m.sections.byStatus, bold: true, fontSize: 12 },
  ];
  if (summary.nearDuplicates.length > 0) {
    const pairs = summary.nearDuplicates.slice(0, MAX_NEAR_DUPLICATES).map((d) => m.nearDuplicate(d.units[0], d.units[1]));
    const more = summary.nearDuplicates.length > MAX_NEAR_DUPLICATES ? `${m.listSep}…` : '';
    cells.push({ row: nextRow - 1, col: 1, value: `${m.sections.nearDuplicates}${pairs.join(m.listSep)}${more}` });
    nextRow += 1;
  }

  const findingsCol = leftWidth + 2;
  const findings = summary.findings;
  const findingsTable: SummaryTable = {
    name: `TaskLedger_Findings${tableSuffix}`, row: HEADER_ROW, col: findingsCol,
    header: [m.sheet, m.cell, m.leadUnit, m.severity, m.code, m.message],
    rows: findings.map(({ finding: f, unit }) => [
      summary.sheet, f.cell ?? m.none, unit ?? m.none, severityLabels[locale][f.severity], f.code, options.findingText ? options.findingText(f) : formatFinding(f, locale),
    ]),
    numberFormats: [null, null, null, null, null, null],
    totals: null,
    links: [null, { sheet: summary.sheet, cells: findings.map(({ finding: f }) => f.cell ?? 'A1') }, null, null, null, null],
  };
  cells.push({ row: SECTION_ROW, col: findingsCol, value: m.sections.findings(findings.length), bold: true, fontSize: 12 });

  const unitNames = unitTable.rows.map((r) => String(r[0] ?? ''));
  const columnWidths = [
    fitWidth([...unitNames, m.facts.sourceSheet, m.facts.sheetTitle], 14, 30),
    ...unitTable.header.slice(1).map((h) => fitWidth([h], 10, 16)),
    3,
    fitWidth([summary.sheet, m.sheet], 8, 24),
    fitWidth([m.cell, ...findingsTable.rows.map((r) => String(r[1]))], 8, 12),
    fitWidth([m.leadUnit, ...findingsTable.rows.map((r) => String(r[2]))], 10, 24),
    fitWidth([m.severity], 8, 12),
    fitWidth([m.code, ...findingsTable.rows.map((r) => String(r[4]))], 8, 26),
    fitWidth([m.message, ...findingsTable.rows.map((r) => String(r[5]))], 20, 100),
  ];
  const units = unitTable.rows.length;
  return {
    name: options.name,
    sourceSheet: summary.sheet,
    cells,
    tables: [unitTable, statusTable, findingsTable],
    freezeRows: HEADER_ROW,
    columnWidths,
    chart: {
      title: m.chartTitle,
      table: unitTable.name,
      seriesColumns: summary.columns.map((_, i) => i + 1),
      anchor: { row: nextRow, col: 1, rows: Math.min(40, Math.max(14, units * 2 + 6)), cols: Math.min(leftWidth, 10) },
    },
  };
}
