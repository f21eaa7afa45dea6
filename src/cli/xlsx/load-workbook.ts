import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import type { FileErrorCode } from '../../i18n/cli-messages';

/** Workbook parts exceljs does not carry into the copy it writes. */
export type UnkeptPart = 'charts' | 'pivot-tables' | 'macros' | 'slicers';

const UNKEPT_MARKS: [UnkeptPart, Buffer][] = [
  ['charts', Buffer.from('xl/charts/')],
  ['pivot-tables', Buffer.from('xl/pivotTables/')],
  ['macros', Buffer.from('xl/vbaProject.bin')],
  ['slicers', Buffer.from('xl/slicers/')],
];

/** Names in a zip's directory are stored as plain bytes, so a byte search finds the parts. */
export function unkeptParts(bytes: Buffer): UnkeptPart[] {
  return UNKEPT_MARKS.filter(([, mark]) => bytes.includes(mark)).map(([part]) => part);
}

export type LoadResult =
  | { ok: true; workbook: ExcelJS.Workbook; bytes: Buffer; unkept: UnkeptPart[] }
  | { ok: false; error: FileErrorCode; detail?: string };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is an OLE container holding an "EncryptedPackage" stream (UTF-16 name). */
const ENCRYPTED_MARK = Buffer.from('EncryptedPackage', 'utf16le');

/** Tells what a file is from its bytes, before handing it to exceljs. */
export function sniff(bytes: Buffer): FileErrorCode | null {
  if (bytes.length === 0) return 'empty-file';
  if (bytes.subarray(0, 8).equals(OLE)) return bytes.includes(ENCRYPTED_MARK) ? 'encrypted' : 'xls';
  if (!bytes.subarray(0, 4).equals(ZIP)) return 'not-xlsx';
  return null;
}

/** Reads a workbook; the file on disk is only read, never written. */
export async function loadWorkbook(file: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return { ok: false, error: 'not-found' };
  }
  const kind = sniff(bytes);
  if (kind) return { ok: false, error: kind };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
    return { ok: false, error: 'corrupt', detail: detail.slice(0, 120) };
  }
  if (workbook.worksheets.length === 0) return { ok: false, error: 'no-sheets' };
  return { ok: true, workbook, bytes, unkept: unkeptParts(bytes) };
}

/** Writes a workbook atomically: to a temporary file beside the target, then renamed into place. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
