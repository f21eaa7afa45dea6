import type { Locale } from '../../i18n/locale';
import { formatFinding, severityLabels } from '../../i18n/finding-messages';
import type { CheckedSheet } from '../analysis/sheet-analysis';
import { SEVERITIES } from '../findings/codes';
import type { Finding } from '../findings/finding';
import { COMMENTS_HEADERS } from '../header/own-columns';
import { columnLetter, parseAddress } from '../sheet/a1';
import type { SheetModel } from '../sheet/sheet-model';
import { chooseFreeColumn } from './choose-column';
import { toRanges } from './ranges';
import type { ColumnBlock, Highlight, PlanValue, PlannedColumn, WritePlan } from './write-plan';
import { HIGHLIGHT_COLORS } from './write-plan';

const COMMENTS_HEADER: Record<Locale, string> = { 'zh-CN': COMMENTS_HEADERS[0], 'en-US': COMMENTS_HEADERS[1] };

/** One line per finding: "【错误】未填写牵头单位…" / "[Error] No lead unit…". */
export function commentLine(finding: Finding, locale: Locale): string {
  const label = severityLabels[locale][finding.severity];
  const text = formatFinding(finding, locale);
  return locale === 'zh-CN' ? `【${label}】${text}` : `[${label}] ${text}`;
}

function commentsColumn(analysis: CheckedSheet, model: SheetModel, locale: Locale): PlannedColumn {
  const cols = analysis.columns;
  const top = cols.headerRows[0] ?? cols.headerRow;
  const existing = cols.commentsColumn;
  const col = existing ?? chooseFreeColumn(model, cols.lastColumn, top);
  const lastHeaderCol = cols.lastColumn > 0 ? cols.lastColumn : null;
  return {
    key: 'comments',
    col,
    letter: columnLetter(col),
    created: existing === null,
    header: {
      row: top,
      rowSpan: cols.headerRow - top + 1,
      text: COMMENTS_HEADER[locale],
      styleFrom: lastHeaderCol === null ? null : { row: top, col: lastHeaderCol },
    },
    width: 48,
  };
}

/** Builds the write plan for a checked sheet: the 校验意见 column and the highlights. */
export function buildWritePlan(analysis: CheckedSheet, model: SheetModel, locale: Locale): WritePlan {
  const comments = commentsColumn(analysis, model, locale);
  const startRow = analysis.columns.dataStartRow;
  const lastRow = Math.max(model.rowCount, startRow);
  const values: (PlanValue | undefined)[] = new Array<PlanValue>(lastRow - startRow + 1).fill(null);
  const lines = new Map<number, string[]>();
  for (const f of analysis.findings) {
    if (f.row === null) continue;
    const list = lines.get(f.row) ?? [];
    list.push(commentLine(f, locale));
    lines.set(f.row, list);
  }
  for (const [row, list] of lines) {
    if (row >= startRow && row <= lastRow) values[row - startRow] = list.join('\n');
  }
  const edge = analysis.columns.lastColumn;
  const blocks: ColumnBlock[] = [
    { col: comments.col, startRow, values, wrapText: true, ...(edge > 0 && comments.created ? { bordersFromCol: edge } : {}) },
  ];

  const highlights: Highlight[] = [];
  for (const severity of SEVERITIES) {
    const cells = analysis.findings
      .filter((f) => f.severity === severity && f.cell !== null)
      .map((f) => parseAddress(f.cell ?? ''))
      .filter((c): c is { row: number; col: number } => c !== null);
    if (cells.length > 0) highlights.push({ severity, ranges: toRanges(cells), ...HIGHLIGHT_COLORS[severity] });
  }
  return {
    version: 1, sheet: analysis.sheet, columns: [comments], blocks, highlights,
    statusColors: [], notes: [], summarySheets: [],
  };
}
