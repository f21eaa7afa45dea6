// Turns the demo workbook (assets/samples/ledger-sample.xlsx) into the plain grids the in-memory
// Excel loads (src/excel-fake/grid.ts GridSheet), at build time, so the preview page needs no
// xlsx reader and fetches nothing but its own files.
const ExcelJS = require('exceljs');

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function richText(value) {
  return (value.richText || []).map((r) => r.text || '').join('');
}

function cellValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86400000;
  if (typeof value !== 'object') return String(value);
  if (typeof value.error === 'string') return { error: value.error };
  if ('richText' in value) return richText(value);
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result);
  if ('hyperlink' in value) return typeof value.text === 'object' && value.text ? richText(value.text) : String(value.text || value.hyperlink);
  return null;
}

const argbToHex = (argb) => (typeof argb === 'string' && argb.length === 8 ? `#${argb.slice(2)}` : null);

/** Reads an .xlsx file into { sheets: [{ name, values, merges, formats, widths }] }. */
async function xlsxToGrids(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    const values = [];
    const formats = {};
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const line = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        line[colNumber - 1] = cellValue(cell.value);
        const format = {};
        if (cell.font && cell.font.bold) format.fontBold = true;
        const fill = cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern === 'solid' ? argbToHex(cell.fill.fgColor && cell.fill.fgColor.argb) : null;
        if (fill) format.fillColor = fill;
        if (cell.alignment && cell.alignment.wrapText) format.wrapText = true;
        if (Object.keys(format).length > 0) formats[cell.address] = format;
      });
      values[rowNumber - 1] = Array.from(line, (v) => (v === undefined ? null : v));
    });
    for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = [];
    const widths = (ws.columns || []).map((c) => (c && c.width ? c.width : null));
    sheets.push({ name: ws.name, values, merges: ws.model.merges || [], formats, widths });
  });
  return { sheets };
}

module.exports = { xlsxToGrids };
