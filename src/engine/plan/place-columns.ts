import type { Locale } from '../../i18n/locale';
import type { CheckedSheet } from '../analysis/sheet-analysis';
import { COMMENTS_HEADERS } from '../header/own-columns';
import { columnLetter } from '../sheet/a1';
import type { SheetModel } from '../sheet/sheet-model';
import { chooseFreeColumn } from './choose-column';
import type { PlannedColumn, PlannedColumnKey } from './write-plan';

export const OWN_HEADERS: Record<PlannedColumnKey, Record<Locale, string>> = {
  ratio: { 'zh-CN': '完成率', 'en-US': 'Completion' },
  status: { 'zh-CN': '进展状态', 'en-US': 'Status' },
  comments: { 'zh-CN': COMMENTS_HEADERS[0], 'en-US': COMMENTS_HEADERS[1] },
};

const WIDTH: Record<PlannedColumnKey, number> = { ratio: 10, status: 12, comments: 48 };

/**
 * Where TaskLedger's columns go: an existing ratio/status/校验意见 column is reused; a missing one
 * is added right of the table, in the first free columns that are not hidden, in the order 完成率,
 * 进展状态, 校验意见.
 */
export function placeColumns(
  analysis: CheckedSheet,
  model: SheetModel,
  locale: Locale,
  wanted: readonly PlannedColumnKey[],
  hiddenColumns: ReadonlySet<number> = new Set(),
): PlannedColumn[] {
  const cols = analysis.columns;
  const top = cols.headerRows[0] ?? cols.headerRow;
  const styleFrom = cols.lastColumn > 0 ? { row: top, col: cols.lastColumn } : null;
  const existing: Record<PlannedColumnKey, number | null> = {
    ratio: cols.roles.ratio?.col ?? null,
    status: cols.roles.status?.col ?? null,
    comments: cols.commentsColumn,
  };
  const taken = new Set<number>();
  let after = cols.lastColumn;
  const out: PlannedColumn[] = [];
  for (const key of wanted) {
    let col = existing[key];
    const created = col === null;
    if (col === null) {
      col = chooseFreeColumn(model, after, top, hiddenColumns);
      while (taken.has(col) || Object.values(existing).includes(col)) col = chooseFreeColumn(model, col, top, hiddenColumns);
      after = col;
    }
    taken.add(col);
    out.push({
      key, col, letter: columnLetter(col), created,
      header: { row: top, rowSpan: cols.headerRow - top + 1, text: OWN_HEADERS[key][locale], styleFrom },
      width: WIDTH[key],
    });
  }
  return out;
}
