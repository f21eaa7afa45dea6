import type { Locale } from '../../i18n/locale';
import { formatFinding, severityLabels } from '../../i18n/finding-messages';
import { judgementLine } from '../../i18n/judgement-messages';
import type { CheckedSheet } from '../analysis/sheet-analysis';
import { SEVERITIES } from '../findings/codes';
import type { Finding } from '../findings/finding';
import type { Profile } from '../profile/profile-schema';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import { parseAddress } from '../sheet/a1';
import type { SheetModel } from '../sheet/sheet-model';
import type { CountBy, SheetSummary } from '../summary/sheet-summary';
import { summarizeSheet } from '../summary/summarize-sheet';
import { buildSummarySheet } from '../summary/summary-layout';
import { summaryMessages } from '../../i18n/summary-messages';
import { fitCellText, fitSummaryTexts } from './cell-limit';
import { NOTE_MARKS, cellNotes } from './cell-notes';
import { placeColumns } from './place-columns';
import { toRanges } from './ranges';
import { statusColorRules } from './status-colors';
import type { ColumnBlock, Highlight, PlanValue, PlannedColumn, PlannedColumnKey, SummarySheetPlan, WritePlan } from './write-plan';
import { HIGHLIGHT_COLORS } from './write-plan';

export interface PlanOptions {
  locale: Locale;
  profile?: Profile;
  /** Write computed statuses and ratios over stated ones. */
  overwrite?: boolean;
  /** The summary sheet (on by default, named "汇总"); false for none. */
  summary?: SummaryPlanOptions | false;
  /** Hidden columns of the sheet (1-based): a column TaskLedger adds is never one of them. */
  hiddenColumns?: readonly number[];
  /** A note on each flagged cell saying why (the add-in's "write notes" option); off by default. */
  notes?: boolean;
}

export interface SummaryPlanOptions {
  /** Default: "汇总" ("Summary" in en-US). */
  sheetName?: string;
  /** When the plan is made, as shown on the sheet ("2024-10-08 10:30"); the engine has no clock. */
  generatedAt?: string | null;
  /** Appended to the summary's table names to keep them unique in the workbook. */
  tableSuffix?: string;
  countBy?: CountBy;
  /** The summary, when the caller computed it already (e.g. for the report). */
  summary?: SheetSummary;
}

function summarySheets(
  analysis: CheckedSheet, locale: Locale, profile: Profile, options: SummaryPlanOptions | false | undefined, findingText: (f: Finding) => string,
): SummarySheetPlan[] {
  if (options === false) return [];
  const o = options ?? {};
  const summary = o.summary ?? summarizeSheet(analysis, { profile, ...(o.countBy ? { countBy: o.countBy } : {}) });
  return [fitSummaryTexts(buildSummarySheet(summary, {
    name: o.sheetName ?? summaryMessages[locale].sheetName,
    locale,
    generatedAt: o.generatedAt ?? null,
    findingText,
    ...(o.tableSuffix ? { tableSuffix: o.tableSuffix } : {}),
  }))];
}

/** One line per finding: "【错误】未填写牵头单位…" / "[Error] No lead unit…". */
export function commentLine(finding: Finding, locale: Locale, text: string = formatFinding(finding, locale)): string {
  const label = severityLabels[locale][finding.severity];
  return locale === 'zh-CN' ? `【${label}】${text}` : `[${label}] ${text}`;
}

const RATIO_FORMAT = '0.0%';

/**
 * The top row of each run of repeated header rows (a second table of the same layout): TaskLedger's
 * columns get their header there too, so the second table reads like the first.
 */
function repeatedHeaderTops(analysis: CheckedSheet): number[] {
  const rows = analysis.columns.repeatedHeaderRows;
  return rows.filter((row, i) => rows[i - 1] !== row - 1);
}

function commentValues(
  analysis: CheckedSheet, column: PlannedColumn, startRow: number, lastRow: number, locale: Locale, findingText: (f: Finding) => string,
): PlanValue[] {
  const values = new Array<PlanValue>(lastRow - startRow + 1).fill(null);
  const lines = new Map<number, string[]>();
  const add = (row: number, line: string): void => {
    const list = lines.get(row) ?? [];
    list.push(line);
    lines.set(row, list);
  };
  for (const f of analysis.findings) if (f.row !== null) add(f.row, commentLine(f, locale, findingText(f)));
  for (const j of analysis.judgements.values()) {
    const line = judgementLine(j, locale);
    if (line) add(j.row, line);
  }
  for (const [row, list] of lines) if (row >= startRow && row <= lastRow) values[row - startRow] = fitCellText(list.join('\n'));
  for (const row of repeatedHeaderTops(analysis)) if (row <= lastRow) values[row - startRow] = column.header.text;
  return values;
}

/**
 * The computed ratio or status for each row. A value a person wrote stays (a hole in the block)
 * unless overwriting; in a column TaskLedger adds, rows without a value are left empty.
 */
function judgedValues(
  analysis: CheckedSheet,
  key: 'ratio' | 'status',
  column: PlannedColumn,
  startRow: number,
  lastRow: number,
  overwrite: boolean,
): (PlanValue | undefined)[] {
  const values = new Array<PlanValue | undefined>(lastRow - startRow + 1).fill(column.created ? null : undefined);
  for (const j of analysis.judgements.values()) {
    if (j.row < startRow || j.row > lastRow) continue;
    const stated = key === 'ratio' ? j.statedRatio.kind !== 'empty' : j.statedStatus !== null;
    if (stated && !overwrite && !column.created) continue;
    const value = key === 'ratio' ? (j.completion?.ratio ?? null) : j.computedStatus;
    if (value !== null) values[j.row - startRow] = value;
  }
  if (column.created) for (const row of repeatedHeaderTops(analysis)) if (row <= lastRow) values[row - startRow] = column.header.text;
  return values;
}

/**
 * The table's last row with something a person wrote outside TaskLedger's 校验意见 column: rows
 * below it holding only old comments are left alone, so clearing them does not shorten the table
 * the next check sees.
 */
function lastInputRow(model: SheetModel, analysis: CheckedSheet, startRow: number): number {
  const own = analysis.columns.commentsColumn;
  for (let row = analysis.columns.dataEndRow; row > startRow; row--) {
    for (let col = 1; col <= model.colCount; col++) if (col !== own && model.raw(row, col) !== null) return row;
  }
  return startRow;
}

/**
 * In an existing column, a cell inside a merged area is left alone (a hole) unless it is the area's
 * top-left cell and the area stays in this column: writing there would change what a person's
 * column shows (a merge reaching into the 牵头单位 column), or write into a cell Excel hides.
 */
function ownCellsOnly(model: SheetModel, column: PlannedColumn, startRow: number, values: (PlanValue | undefined)[]): (PlanValue | undefined)[] {
  if (column.created) return values;
  return values.map((v, i) => {
    const m = model.mergeOf(startRow + i, column.col);
    return m && (m.top !== startRow + i || m.left !== column.col || m.right !== column.col) ? undefined : v;
  });
}

/** Builds the write plan for a checked sheet: ratio and status filled in place, 校验意见, highlights. */
export function buildWritePlan(analysis: CheckedSheet, model: SheetModel, options: PlanOptions | Locale): WritePlan {
  const { locale, profile = DEFAULT_PROFILE, overwrite = false, summary, hiddenColumns = [], notes = false } =
    typeof options === 'string' ? { locale: options } : options;
  const judgements = [...analysis.judgements.values()];
  const wanted: PlannedColumnKey[] = [];
  if (analysis.columns.roles.ratio || judgements.some((j) => j.completion?.ratio != null)) wanted.push('ratio');
  if (analysis.columns.roles.status || judgements.some((j) => j.computedStatus !== null)) wanted.push('status');
  wanted.push('comments');
  const columns = placeColumns(analysis, model, locale, wanted, new Set(hiddenColumns));

  const startRow = analysis.columns.dataStartRow;
  const lastRow = Math.max(lastInputRow(model, analysis, startRow), startRow);
  const blocks: ColumnBlock[] = [];
  const edge = analysis.columns.lastColumn;
  const borders = (c: PlannedColumn) => (edge > 0 && c.created ? { bordersFromCol: edge } : {});
  const statusColors = [];
  const own = (c: PlannedColumn, values: (PlanValue | undefined)[]) => ownCellsOnly(model, c, startRow, values);
  // Each finding's text is made once, for the 校验意见 column and the summary's findings list alike.
  const texts = new Map<Finding, string>();
  const findingText = (f: Finding): string => {
    let text = texts.get(f);
    if (text === undefined) texts.set(f, (text = formatFinding(f, locale)));
    return text;
  };
  for (const c of columns) {
    if (c.key === 'comments') {
      blocks.push({ col: c.col, startRow, values: own(c, commentValues(analysis, c, startRow, lastRow, locale, findingText)), wrapText: true, ...borders(c) });
    } else if (c.key === 'ratio') {
      blocks.push({ col: c.col, startRow, values: own(c, judgedValues(analysis, 'ratio', c, startRow, lastRow, overwrite)), numberFormat: RATIO_FORMAT, ...borders(c) });
    } else {
      blocks.push({ col: c.col, startRow, values: own(c, judgedValues(analysis, 'status', c, startRow, lastRow, overwrite)), ...borders(c) });
      // Every word of the profile, not only those the sheet uses now: after a check the sheet uses
      // the words TaskLedger wrote, and a second check must colour the same words (a fixed point).
      statusColors.push(...statusColorRules(c.col, startRow, lastRow, profile.statusValues, judgements));
    }
  }

  const highlights: Highlight[] = [];
  for (const severity of SEVERITIES) {
    const cells = analysis.findings
      .filter((f) => f.severity === severity && f.cell !== null)
      .map((f) => parseAddress(f.cell ?? ''))
      .filter((c): c is { row: number; col: number } => c !== null);
    if (cells.length > 0) highlights.push({ severity, ranges: toRanges(cells), ...HIGHLIGHT_COLORS[severity] });
  }
  const cellNoteList = notes ? cellNotes(analysis.findings, NOTE_MARKS[locale === 'zh-CN' ? 0 : 1], (f) => commentLine(f, locale, findingText(f))) : [];
  return { version: 1, sheet: analysis.sheet, columns, blocks, highlights, statusColors, notes: cellNoteList,
    summarySheets: summarySheets(analysis, locale, profile, summary, findingText) };
}
