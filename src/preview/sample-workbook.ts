import type { FakeExcel, GridSheet } from '../excel-fake';
import { loadGrid } from '../excel-fake';

/** sample-workbook.json, written at build time by build/sample-asset-plugin.js. */
export interface SampleSheet {
  name: string;
  values: GridSheet['values'];
  merges: string[];
  formats: NonNullable<GridSheet['formats']>;
  /** Column widths in characters, as Excel stores them (null for the default). */
  widths: (number | null)[];
}

export interface SampleWorkbook {
  sheets: SampleSheet[];
}

/** Loads the sample into the in-memory Excel, with its column widths (points). */
export function loadSample(excel: FakeExcel, sample: SampleWorkbook): void {
  for (const s of sample.sheets) {
    loadGrid(excel, { name: s.name, values: s.values, merges: s.merges, formats: s.formats });
    const sheet = excel.state.sheet(s.name);
    s.widths.forEach((w, i) => {
      if (w !== null && sheet) sheet.columnWidths.set(i + 1, Math.round((w * 7 + 5) * 0.75));
    });
  }
}

export async function fetchSample(url: string): Promise<SampleWorkbook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as SampleWorkbook;
}
