import path from 'node:path';
import type { FileErrorCode } from '../../i18n/cli-messages';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is an OLE container holding an "EncryptedPackage" stream (UTF-16 name). */
const ENCRYPTED_MARK = Buffer.from('EncryptedPackage', 'utf16le');
const HEAD_BYTES = 64 * 1024;
const DELIMITED_EXTENSIONS = new Set(['.csv', '.tsv']);

/** Text in any encoding a ledger is saved in (UTF-8, UTF-16 with its mark, GBK/GB18030): no NUL and few control bytes. */
function headText(bytes: Buffer): string | null {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return null;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  if (controls > head.length / 100) return null;
  // Bytes of GBK text decode to replacement characters here; the ASCII markup and delimiters stay readable.
  return head.toString('utf8');
}

/** Lines that all hold a comma, semicolon or tab: a delimited table. */
function looksDelimited(text: string): boolean {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '').slice(0, 5);
  return lines.length > 0 && lines.every((l) => /[,;\t，]/u.test(l));
}

/**
 * Tells what a file is from its bytes (and, for text, its name) before handing it to exceljs:
 * null for a zip package (an .xlsx or .xlsm), else why it cannot be checked.
 */
export function sniff(bytes: Buffer, file = ''): FileErrorCode | null {
  if (bytes.length === 0) return 'empty-file';
  if (bytes.subarray(0, 8).equals(OLE)) return bytes.includes(ENCRYPTED_MARK) ? 'encrypted' : 'xls';
  if (bytes.subarray(0, 4).equals(ZIP)) return null;
  const text = headText(bytes);
  if (text === null) return 'not-xlsx';
  const start = text.replace(/^\uFEFF/u, '').trimStart().slice(0, 2048).toLowerCase();
  if (/^<(?:!doctype html|html|table|meta|head|body)\b/u.test(start) || /<html[\s>]/u.test(start)) return 'html';
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  if (DELIMITED_EXTENSIONS.has(path.extname(file).toLowerCase()) || looksDelimited(text)) return 'csv';
  return 'text';
}
