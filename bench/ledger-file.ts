import ExcelJS from 'exceljs';
import type { CellValue } from '../src/engine';
import { generateLedgerSheet } from './ledger-sheet';

/** A cell value exceljs writes as it is (error values are not generated here). */
function plain(value: CellValue | undefined): string | number | boolean | null {
  if (value === undefined || value === null || typeof value === 'object') return null;
  return value;
}

/**
 * Writes the generated ledger of `rows` task rows to an .xlsx file with exceljs's streaming
 * writer, so that making a 100,000-row input costs little memory. Deterministic for a seed. The cells are
 * of the dense mix (a figure in every item: see TextMix), the heavier case for the memory bound.
 */
export async function writeLedgerFile(file: string, rows: number, seed = 7): Promise<void> {
  const sheet = generateLedgerSheet(rows, seed, 'dense');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    row.values = values.map(plain);
    // Merges (the title) are set while their rows are open; each row is then written out.
    if (i === 0) for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    row.commit();
  });
  ws.commit();
  await wb.commit();
}
