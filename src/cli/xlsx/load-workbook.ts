import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import type { FileErrorCode } from '../../i18n/cli-messages';
import { writeAtomically } from '../atomic-write';
import { sniff } from './sniff';

/** Workbook parts exceljs does not carry into the copy it writes (macros go back into an .xlsm copy). */
export type UnkeptPart = 'charts' | 'pivot-tables' | 'macros' | 'slicers' | 'controls';

const UNKEPT_MARKS: [UnkeptPart, Buffer[]][] = [
  ['charts', [Buffer.from('xl/charts/')]],
  ['pivot-tables', [Buffer.from('xl/pivotTables/')]],
  ['macros', [Buffer.from('xl/vbaProject.bin')]],
  ['slicers', [Buffer.from('xl/slicers/')]],
  ['controls', [Buffer.from('xl/ctrlProps/'), Buffer.from('xl/activeX/')]],
];

/** Names in a zip's directory are stored as plain bytes, so a byte search finds the parts. */
export function unkeptParts(bytes: Buffer): UnkeptPart[] {
  return UNKEPT_MARKS.filter(([, marks]) => marks.some((mark) => bytes.includes(mark))).map(([part]) => part);
}

export type LoadResult =
  | { ok: true; workbook: ExcelJS.Workbook; bytes: Buffer; unkept: UnkeptPart[] }
  | { ok: false; error: FileErrorCode; detail?: string };

/** Parses workbook bytes that sniff() took for a package. */
export async function parseWorkbook(bytes: Buffer): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; error: FileErrorCode; detail?: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
    return { ok: false, error: 'corrupt', detail: detail.slice(0, 120) };
  }
  if (workbook.worksheets.length === 0) return { ok: false, error: 'no-sheets' };
  return { ok: true, workbook };
}

/** Reads a workbook; the file on disk is only read, never written. */
export async function loadWorkbook(file: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { ok: false, error: 'not-found' };
  }
  const kind = sniff(bytes, file);
  if (kind) return { ok: false, error: kind };
  const parsed = await parseWorkbook(bytes);
  if (!parsed.ok) return parsed;
  return { ok: true, workbook: parsed.workbook, bytes, unkept: unkeptParts(bytes) };
}

/** Writes a workbook atomically: to a temporary file beside the target, then renamed into place. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  await writeAtomically(file, (tmp) => workbook.xlsx.writeFile(tmp));
}
