/**
 * The CLI's bad-input catalogue (README.md, "Bad input"): files it refuses (exit 2, one line in
 * the user's language, nothing written beside the input) and unusual ledgers it checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as B from '../fixtures/bad-inputs';
import * as L from '../fixtures/layouts';
import { runCli } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';
import { beside, inputIn } from '../support/written';

const tmp = useTmpDir();
// Each test runs the built CLI a few times; a busy machine needs more than jest's 5 s.
jest.setTimeout(60_000);

interface ReportSheet {
  name: string; status: string; reason?: string; headerRow: number | null;
  counts?: { tasks: number }; rows: { row: number; task: string | null }[];
  findings: { code: string; row: number | null; message: string }[];
  hiddenRows?: number; filtered?: boolean; otherTableRow?: number;
}
interface ReportFile { exitCode: number; error: { code: string; message: string } | null; output: string | null; sheets: ReportSheet[] }

const report = (file: string): ReportFile => {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { files: ReportFile[] };
  const first = parsed.files[0];
  if (!first) throw new Error('empty report');
  return first;
};

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Runs `check` on a refused input; asserts exit 2, one stderr line naming the file, and nothing written. */
function expectRefused(input: string, text: string, lang: string[] = []): void {
  const before = beside(input);
  const run = runCli(['check', input, '-q', ...lang]);
  expect(run.code).toBe(2);
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines).toEqual([`taskledger: ${input}: ${lines[0]?.slice(`taskledger: ${input}: `.length)}`]);
  expect(lines[0]).toContain(text);
  expect(beside(input)).toEqual({ digest: before.digest, others: [] });
}

describe('files the CLI refuses: exit 2, one line, nothing written', () => {
  const ole = (): Buffer => {
    const bytes = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
    return bytes;
  };
  const cases: [string, string, () => Promise<Buffer> | Buffer, string][] = [
    ['random bytes', 'random.xlsx', () => L.randomBytes(4096, 7), '不是 .xlsx 文件'],
    ['a truncated workbook', 'truncated.xlsx', () => L.truncatedXlsx(), '文件已损坏或不完整'],
    ['an encrypted workbook', 'locked.xlsx', () => Buffer.concat([ole(), Buffer.from('EncryptedPackage', 'utf16le')]), '工作簿已加密'],
    ['an old .xls', 'old.xls', ole, '旧版 .xls'],
    ['an empty workbook', 'empty.xlsx', () => L.toBuffer(L.buildEmptyWorkbook()), '工作簿是空的'],
    ['a 0-byte file', 'zero.xlsx', () => Buffer.alloc(0), '文件是空的'],
    ['a .csv', 'ledger.csv', B.csvBytes, 'CSV 文件不是 Excel 工作簿：请在 Excel 中打开后另存为 .xlsx 再校验'],
    ['CSV text named .xlsx', 'disguised.xlsx', B.csvBytes, 'CSV 文件不是 Excel 工作簿'],
    ['a CSV in GBK named .xlsx', 'gbk.xlsx', B.gbkCsvBytes, 'CSV 文件不是 Excel 工作簿'],
    ['Unicode text (UTF-16, tabs)', 'unicode.txt', B.unicodeTextBytes, 'CSV 文件不是 Excel 工作簿'],
    ['a web page saved as .xls', 'export.xls', B.htmlTableBytes, '网页（HTML）格式的表格'],
    ['a text file', 'notes.txt', () => Buffer.from('请各单位于10月10日前报送三季度进展情况。\n联系人：张三\n'), '这是文本文件，不是 Excel 工作簿'],
    ['a sheet with only a title', 'title-only.xlsx', () => L.toBuffer(L.buildTitleOnly()), '没有找到台账表头'],
  ];

  it.each(cases)('refuses %s', async (_name, file, bytes, text) => {
    expectRefused(inputIn(tmp(), `refused-${file}`, file, await bytes()), text);
  });

  it('says it in English with --lang en-US', async () => {
    expectRefused(inputIn(tmp(), 'en-csv', 'ledger.csv', B.csvBytes()), 'a CSV file is not an Excel workbook', ['--lang', 'en-US']);
    expectRefused(inputIn(tmp(), 'en-trunc', 'cut.xlsx', await L.truncatedXlsx()), 'damaged or incomplete', ['--lang', 'en-US']);
    expectRefused(inputIn(tmp(), 'en-title', 'title.xlsx', await L.toBuffer(L.buildTitleOnly())), 'no ledger header found', ['--lang', 'en-US']);
  });

  it('refuses a protected sheet and writes nothing when it is the only ledger', async () => {
    const input = inputIn(tmp(), 'protected-alone', 'locked-sheet.xlsx', await L.toBuffer(await B.protectedSheet(false)));
    expectRefused(input, '工作表“受保护台账”受保护：请先撤销工作表保护再检查；未写出任何文件');
    expectRefused(input, 'sheet "受保护台账" is protected', ['--lang', 'en-US']);
  });
});

describe('unusual ledgers the CLI checks', () => {
  it('skips a protected sheet beside a ledger, leaving it exactly as it was', async () => {
    const input = inputIn(tmp(), 'protected-beside', 'two.xlsx', await L.toBuffer(await B.protectedSheet(true)));
    const json = path.join(tmp(), 'protected-beside.json');
    const run = runCli(['check', input, '--json', json]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('工作表「受保护台账」 已跳过：工作表受保护，未作任何改动');
    expect(report(json).sheets.map((s) => [s.name, s.status, s.reason ?? null])).toEqual([
      ['受保护台账', 'skipped', 'protected'], ['台账', 'checked', null],
    ]);
    const out = await load(path.join(path.dirname(input), 'two.checked.xlsx'));
    const locked = out.getWorksheet('受保护台账');
    expect((locked as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(locked?.columnCount).toBe(6);
    expect(locked?.getRow(1).values).toEqual([undefined, ...B.HEADER]);
    expect(out.getWorksheet('台账')?.getCell('H1').value).toBe('校验意见');
  });

  it('keeps the protection of a workbook whose structure is locked', async () => {
    const { bytes, protection } = await B.protectedWorkbook();
    const input = inputIn(tmp(), 'locked-book', 'book.xlsx', bytes);
    expect(runCli(['check', input, '-q']).code).toBe(1);
    const output = path.join(path.dirname(input), 'book.checked.xlsx');
    const xml = await (await JSZip.loadAsync(readFileSync(output))).file('xl/workbook.xml')?.async('string');
    expect(xml).toContain(protection);
    expect((await load(output)).worksheets.map((w) => w.name)).toEqual(['台账', '汇总']);
  });

  it('finds a header in row 30 under 29 rows of title and notes', async () => {
    const input = inputIn(tmp(), 'row30', 'row30.xlsx', await L.toBuffer(B.headerAtRow30()));
    const json = path.join(tmp(), 'row30.json');
    expect(runCli(['check', input, '--json', json, '-q']).code).toBe(1);
    const sheet = report(json).sheets[0];
    expect(sheet?.headerRow).toBe(30);
    expect(sheet?.rows.map((r) => r.row)).toEqual([31, 32, 33]);
    expect(sheet?.findings.map((f) => `${f.code}@${f.row ?? '-'}`)).toContain('lead/missing@32');
  });

  it('checks both tables of a sheet under a repeated header; the header row is no task and 序号 restart', async () => {
    const input = inputIn(tmp(), 'two-tables', 'two.xlsx', await L.toBuffer(B.twoTables()));
    const json = path.join(tmp(), 'two-tables.json');
    runCli(['check', input, '--json', json, '-q']);
    const sheet = report(json).sheets[0];
    expect(sheet?.rows.map((r) => r.row)).toEqual([3, 4, 5, 9, 10]);
    expect(sheet?.findings.filter((f) => f.row === 8)).toEqual([]);
    expect(sheet?.findings.map((f) => f.code)).not.toContain('seq/duplicate');
    const ws = (await load(path.join(path.dirname(input), 'two.checked.xlsx'))).getWorksheet('台账');
    expect(ws?.getCell('H2').value).toBe('校验意见');
    expect(ws?.getCell('H8').value).toBe('校验意见');
  });

  it('checks the first of two tables with different headers and says where the other starts', async () => {
    const input = inputIn(tmp(), 'other-table', 'stats.xlsx', await L.toBuffer(B.twoDifferentTables()));
    const json = path.join(tmp(), 'other-table.json');
    const run = runCli(['check', input, '--json', json]);
    expect(run.stdout).toContain('第 7 行起是另一张表（表头不同），未检查');
    const sheet = report(json).sheets[0];
    expect(sheet?.otherTableRow).toBe(7);
    expect(sheet?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const ws = (await load(path.join(path.dirname(input), 'stats.checked.xlsx'))).getWorksheet('台账');
    for (let row = 5; row <= 8; row++) expect(ws?.getCell(row, 8).value ?? null).toBeNull();
    const en = runCli(['check', input, '-o', path.join(tmp(), 'stats-en.xlsx'), '--lang', 'en-US']);
    expect(en.stdout).toContain('another table with a different header starts at row 7: not checked');
  });

  it('checks hidden rows, keeps rows and columns hidden, and never puts its columns in a hidden one', async () => {
    const input = inputIn(tmp(), 'hidden', 'hidden.xlsx', await L.toBuffer(B.hiddenRowsAndColumns()));
    const json = path.join(tmp(), 'hidden.json');
    const run = runCli(['check', input, '--json', json]);
    expect(run.stdout).toContain('隐藏的 1 行也已检查（副本中仍隐藏）');
    const sheet = report(json).sheets[0];
    expect(sheet?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(sheet?.hiddenRows).toBe(1);
    const ws = (await load(path.join(path.dirname(input), 'hidden.checked.xlsx'))).getWorksheet('台账');
    expect(ws?.getRow(3).hidden).toBe(true);
    expect(ws?.getColumn(3).hidden).toBe(true);
    expect(ws?.getColumn(7).hidden).toBe(true);
    expect(ws?.getCell('G1').value ?? null).toBeNull();
    const added = [8, 9, 10].map((c) => ws?.getCell(1, c).value);
    expect(added).toContain('校验意见');
  });

  it('checks every row of a filtered sheet, says so, and keeps the filter with its criteria', async () => {
    const { bytes, criteria } = await B.filteredLedger();
    const input = inputIn(tmp(), 'filtered', 'filtered.xlsx', bytes);
    const json = path.join(tmp(), 'filtered.json');
    const run = runCli(['check', input, '--json', json]);
    expect(run.stdout).toContain('工作表设有筛选：已检查全部行，包括被筛选隐藏的 1 行；副本保留筛选');
    const sheet = report(json).sheets[0];
    expect(sheet?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(sheet?.filtered).toBe(true);
    expect(sheet?.findings.map((f) => `${f.code}@${f.row ?? '-'}`)).toContain('status/invalid@4');
    const output = path.join(path.dirname(input), 'filtered.checked.xlsx');
    const xml = await (await JSZip.loadAsync(readFileSync(output))).file('xl/worksheets/sheet1.xml')?.async('string');
    expect(xml).toContain(`<autoFilter ref="A1:F4">${criteria}</autoFilter>`);
    const ws = (await load(output)).getWorksheet('台账');
    expect(ws?.getRow(4).hidden).toBe(true);
    expect(ws?.autoFilter).toBe('A1:F4');
  });

  it('checks cells of 32,767 characters without losing a character, and keeps 校验意见 within the limit', async () => {
    const { wb, target, progress } = B.longCells();
    const input = inputIn(tmp(), 'long', 'long.xlsx', await L.toBuffer(wb));
    const json = path.join(tmp(), 'long.json');
    expect(runCli(['check', input, '--json', json, '-q']).code).toBe(1);
    expect(report(json).sheets[0]?.findings.map((f) => `${f.code}@${f.row ?? '-'}`)).toContain('status/invalid@2');
    const ws = (await load(path.join(path.dirname(input), 'long.checked.xlsx'))).getWorksheet('台账');
    expect(ws?.getCell('C2').value).toBe(target);
    expect(ws?.getCell('D2').value).toBe(progress);
    const notes = ws ? [2, 3, 4].map((r) => String(ws.getCell(r, 8).value ?? '')) : [];
    for (const note of notes) expect(note.length).toBeLessThanOrEqual(B.CELL_MAX);
    expect(notes[0]).toContain('【警告】');
  });
});
