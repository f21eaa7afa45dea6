import type ExcelJS from 'exceljs';

/** Display width in Excel column units: CJK and full-width characters count about 1.8. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d]/.test(ch) ? 1.8 : 1;
  return w;
}

export function estimateLines(text: string, colWidth: number): number {
  const usable = Math.max(2, colWidth - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

/** exceljs cannot auto-fit: set each row's height from the wrapped text it holds. */
export function fitRowHeights(ws: ExcelJS.Worksheet, from: number, to: number, lineHeight = 14): void {
  for (let r = from; r <= to; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    row.eachCell((cell, col) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      if (typeof cell.value !== 'string') return;
      lines = Math.max(lines, estimateLines(cell.value, ws.getColumn(col).width ?? 9));
    });
    row.height = Math.max(24, lines * lineHeight + 8);
  }
}
