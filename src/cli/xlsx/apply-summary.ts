import type ExcelJS from 'exceljs';
import type { PlanValue, SummarySheetPlan, SummaryTable } from '../../engine';
import { cellAddress, columnLetter } from '../../engine';
import { readMerges } from './read-snapshot';

/**
 * Writes a summary sheet with exceljs: the cells, each table as an Excel table (filter buttons,
 * banded rows), a totals row below it, number formats, links to cells, column widths and frozen
 * rows. exceljs cannot write charts, so `plan.chart` is left out (the add-in draws it).
 */

const TABLE_STYLE = 'TableStyleMedium2';
/** The table style's own colours, also set on the cells so that viewers without table styles show them. */
const HEADER_FILL = 'FF4472C4';
const TOTALS_FILL = 'FFDDEBF7';
/** Fonts are given in full: a font with only "bold" set falls back to a serif face in some viewers. */
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
const GRID: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BOX: Partial<ExcelJS.Borders> = { top: GRID, left: GRID, bottom: GRID, right: GRID };

/** exceljs keeps a sheet's tables by name in a map its typings do not declare. */
function tablesOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  return (ws as unknown as { tables: Record<string, unknown> }).tables;
}

/** "#'台账'!C5": a link to a cell of the same workbook. */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/gu, "''")}'!${cell}`;
}

/** Clears a sheet in place: tables, merges, values, styles, conditional formats, widths, frozen panes. */
export function clearSheet(ws: ExcelJS.Worksheet): void {
  for (const name of Object.keys(tablesOf(ws))) ws.removeTable(name);
  for (const m of readMerges(ws)) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    });
  });
  (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length = 0;
  for (let c = 1; c <= ws.columnCount; c++) ws.getColumn(c).width = undefined as unknown as number;
  ws.views = [];
  ws.autoFilter = undefined as unknown as string;
}

function writeValue(ws: ExcelJS.Worksheet, row: number, col: number, value: PlanValue, link?: { sheet: string; cell: string }): ExcelJS.Cell {
  const cell = ws.getCell(row, col);
  cell.value = link ? { text: String(value ?? ''), hyperlink: internalLink(link.sheet, link.cell) } : value;
  if (link) cell.font = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
  return cell;
}

/** A table name not used by another sheet of the workbook (a stale summary may still hold one). */
function freeTableName(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, name: string): string {
  const used = new Set(workbook.worksheets.filter((w) => w !== ws).flatMap((w) => Object.keys(tablesOf(w)).map((n) => n.toLowerCase())));
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
  return candidate;
}

function styleBodyCell(cell: ExcelJS.Cell, value: PlanValue, format: string | null | undefined): void {
  if (format && typeof value === 'number') cell.numFmt = format;
  cell.border = BOX;
  // Figures centred, as in published tables; text (unit names, messages) left.
  if (format) cell.alignment = { horizontal: 'center', vertical: 'middle' };
  else cell.alignment = { vertical: 'middle' };
}

function writeTable(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, t: SummaryTable): void {
  ws.addTable({
    name: freeTableName(workbook, ws, t.name),
    ref: cellAddress(t.row, t.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: t.header.map((name) => ({ name, filterButton: true })),
    rows: t.rows,
  });
  t.header.forEach((_, j) => {
    const cell = ws.getCell(t.row, t.col + j);
    cell.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BOX;
  });
  t.rows.forEach((r, i) => {
    r.forEach((value, j) => {
      const link = t.links[j];
      const target = link?.cells[i];
      const row = t.row + 1 + i;
      const cell = link && target ? writeValue(ws, row, t.col + j, value, { sheet: link.sheet, cell: target }) : ws.getCell(row, t.col + j);
      styleBodyCell(cell, value, t.numberFormats[j]);
    });
  });
  if (t.totals) {
    t.totals.forEach((value, j) => {
      const cell = writeValue(ws, t.row + 1 + t.rows.length, t.col + j, value);
      styleBodyCell(cell, value, t.numberFormats[j]);
      cell.font = { ...FONT, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: TOTALS_FILL } };
      cell.border = { ...BOX, top: { style: 'thin' }, bottom: { style: 'double' } };
    });
  }
}

/**
 * The printed part: the columns of the first table (the by-unit table and everything under it),
 * one page wide. The findings list beside it is for the screen (its cells are links).
 */
function printArea(plan: SummarySheetPlan): string | null {
  const first = plan.tables[0];
  if (!first) return null;
  const right = first.col + first.header.length - 1;
  let bottom = 1;
  for (const c of plan.cells) if (c.col <= right) bottom = Math.max(bottom, c.row);
  for (const t of plan.tables) {
    if (t.col <= right) bottom = Math.max(bottom, t.row + t.rows.length + (t.totals ? 1 : 0));
  }
  // exceljs writes "$" before each end ("$A1"); with the row's "$" here the name is fully absolute
  // ("$A$1:$K$35"), which LibreOffice needs to honour it.
  return `A$1:${columnLetter(right)}$${bottom}`;
}

/** Writes one summary sheet into a workbook: cleared and refilled when it exists, else added. */
export function applySummarySheet(workbook: ExcelJS.Workbook, plan: SummarySheetPlan): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(plan.name);
  const ws = existing ?? workbook.addWorksheet(plan.name);
  if (existing) clearSheet(ws);
  for (const c of plan.cells) {
    const cell = writeValue(ws, c.row, c.col, c.value, c.link);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    // Facts read left to right: a figure sits next to its label, not at the far edge of its cell.
    if (typeof c.value === 'number') cell.alignment = { horizontal: 'left' };
    if (c.bold || c.fontSize) cell.font = { ...FONT, ...(cell.font ?? {}), ...(c.bold ? { bold: true } : {}), ...(c.fontSize ? { size: c.fontSize } : {}) };
  }
  for (const t of plan.tables) writeTable(workbook, ws, t);
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = plan.freezeRows > 0
    ? [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}`, activeCell: 'A1' }]
    : [];
  const area = printArea(plan);
  ws.pageSetup = {
    ...ws.pageSetup, orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    horizontalCentered: true, ...(area ? { printArea: area } : {}),
  };
  return ws;
}
