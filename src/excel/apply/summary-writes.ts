/// <reference types="office-js" />
import type { SummarySheetPlan } from '../../engine';
import { cellAddress } from '../../engine';
import { rectToAddress, sheetAddress } from '../address';
import { jsonBytes, REQUEST_BUDGET_BYTES } from '../payload';
import { textEntry } from '../text-entry';
import type { SizedWrite } from '../undo/undo-store';
import { widthPoints } from './widths';

/** Hyperlinks set per write (see the links of a table below). */
const LINKS_PER_WRITE = 2000;
/** What one hyperlink command costs in a request beyond its address and text: the range and the command. */
const LINK_ENVELOPE_BYTES = 96;

/** What is on a summary sheet before it is written: whether it exists, and its tables and charts (deleted first). */
export interface SummaryBefore {
  existed: boolean;
  tables: string[];
  charts: string[];
}

/**
 * The writes of one summary sheet: an existing one (TaskLedger's own) is cleared and refilled in
 * place, so it keeps its position, tab colour and the references to it; a missing one is added.
 */
export function summaryWrites(s: SummarySheetPlan, before: SummaryBefore | undefined): SizedWrite[] {
  const writes: SizedWrite[] = [
    {
      bytes: 400,
      queue: (context) => {
        if (before?.existed) {
          // Cleared and refilled in place: the sheet keeps its position, tab colour and references to it.
          const ws = context.workbook.worksheets.getItem(s.name);
          for (const t of before.tables) ws.tables.getItem(t).delete();
          for (const c of before.charts) ws.charts.getItem(c).delete();
          ws.getRange().clear('All');
          ws.freezePanes.unfreeze();
        } else {
          context.workbook.worksheets.add(s.name);
        }
      },
    },
  ];
  const get = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem(s.name);
  for (const cell of s.cells) {
    writes.push({
      bytes: 200 + jsonBytes(cell),
      queue: (context) => {
        const range = get(context).getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1);
        if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
        range.values = [[textEntry(cell.value, cell.numberFormat)]];
        if (cell.bold) range.format.font.bold = true;
        if (cell.fontSize) range.format.font.size = cell.fontSize;
        if (cell.link) range.hyperlink = { documentReference: sheetAddress(cell.link.sheet, cell.link.cell), textToDisplay: String(cell.value ?? '') };
      },
    });
  }
  for (const table of s.tables) {
    const width = table.header.length;
    // Written into a cleared (General) sheet; the tables' number formats come after, on numbers.
    const body = [table.header, ...table.rows, ...(table.totals ? [table.totals] : [])].map((line) => line.map((v) => textEntry(v, null)));
    const rowsPer = Math.max(1, Math.floor(REQUEST_BUDGET_BYTES / 2 / Math.max(64, jsonBytes(body) / Math.max(1, body.length))));
    for (let i = 0; i < body.length; i += rowsPer) {
      const part = body.slice(i, i + rowsPer);
      writes.push({
        bytes: 200 + jsonBytes(part),
        queue: (context) => {
          get(context).getRangeByIndexes(table.row - 1 + i, table.col - 1, part.length, width).values = part;
        },
      });
    }
    const dataRows = table.rows.length;
    writes.push({
      bytes: 400 + jsonBytes(table.numberFormats) + dataRows * 16,
      queue: (context) => {
        const ws = get(context);
        const rect = { top: table.row, left: table.col, bottom: table.row + dataRows, right: table.col + width - 1 };
        ws.tables.add(rectToAddress(rect), true).name = table.name;
        table.numberFormats.forEach((fmt, j) => {
          if (!fmt || dataRows === 0) return;
          ws.getRangeByIndexes(table.row, table.col - 1 + j, dataRows, 1).numberFormat = Array.from({ length: dataRows }, () => [fmt]);
        });
      },
    });
    table.links.forEach((link, j) => {
      if (!link) return;
      // One write per LINKS_PER_WRITE links, each sized as Excel receives it (the envelope of one
      // command, the address and the text shown), so runWrites can keep requests under budget.
      const linked = Math.min(link.cells.length, dataRows);
      for (let from = 0; from < linked; from += LINKS_PER_WRITE) {
        const to = Math.min(linked, from + LINKS_PER_WRITE);
        let bytes = 200;
        for (let i = from; i < to; i++) {
          bytes += LINK_ENVELOPE_BYTES + jsonBytes(sheetAddress(link.sheet, link.cells[i] ?? '')) + jsonBytes(String(table.rows[i]?.[j] ?? ''));
        }
        writes.push({
          bytes,
          queue: (context) => {
            const ws = get(context);
            for (let i = from; i < to; i++) {
              const target = link.cells[i];
              if (target === undefined) continue;
              ws.getRangeByIndexes(table.row + i, table.col - 1 + j, 1, 1).hyperlink = {
                documentReference: sheetAddress(link.sheet, target), textToDisplay: String(table.rows[i]?.[j] ?? ''),
              };
            }
          },
        });
      }
    });
  }
  writes.push({
    bytes: 300 + s.columnWidths.length * 40,
    queue: (context) => {
      const ws = get(context);
      s.columnWidths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = widthPoints(w)));
      if (s.freezeRows > 0) ws.freezePanes.freezeRows(s.freezeRows);
    },
  });
  const chart = s.chart;
  const source = chart ? s.tables.find((t) => t.name === chart.table) : undefined;
  if (chart && source) {
    writes.push({
      bytes: 400,
      queue: (context) => {
        const ws = get(context);
        const lastCol = Math.max(...chart.seriesColumns.map((c) => c), 0);
        const data = ws.getRangeByIndexes(source.row - 1, source.col - 1, source.rows.length + 1, lastCol + 1);
        const c = ws.charts.add('BarStacked', data, 'Columns');
        c.name = 'TaskLedger_Chart';
        c.title.text = chart.title;
        const a = chart.anchor;
        c.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.rows - 1, a.col + a.cols - 1));
      },
    });
  }
  return writes;
}
