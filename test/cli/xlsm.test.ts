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
const VBA = L.randomBytes(6000, 11);

async function partsOf(file: string): Promise<{ zip: JSZip; text: (name: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return { zip, text: async (name) => (await zip.file(name)?.async('string')) ?? '' };
}

const XLSM_TYPE = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

async function expectMacrosKept(file: string, workbookType = XLSM_TYPE): Promise<void> {
  const { zip, text } = await partsOf(file);
  expect(Buffer.from((await zip.file('xl/vbaProject.bin')?.async('uint8array')) ?? [])).toEqual(VBA);
  const types = await text('[Content_Types].xml');
  expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>`);
  expect(types).toContain('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
  expect(types).not.toContain('spreadsheetml.sheet.main+xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  expect(rels).toMatch(/Type="http:\/\/schemas\.microsoft\.com\/office\/2006\/relationships\/vbaProject" Target="vbaProject\.bin"/u);
  expect(await text('xl/workbook.xml')).toMatch(/<workbookPr [^>]*codeName="ThisWorkbook"/u);
  expect(await text('xl/worksheets/sheet1.xml')).toMatch(/<sheetPr [^>]*codeName="Sheet1"/u);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets[0]?.getRow(2).values).toContain('校验意见');
}

describe('a macro-enabled workbook (.xlsm)', () => {
  it('is checked into <name>.checked.xlsm with its macros byte for byte, and checks again', async () => {
    const input = inputIn(tmp(), 'xlsm', '台账.xlsm', await B.xlsmFrom(L.buildCityHalfYear(), VBA));
    const before = beside(input);
    const run = runCli(['check', input]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('不保留');
    const output = path.join(path.dirname(input), '台账.checked.xlsm');
    expect(beside(input)).toEqual({ digest: before.digest, others: ['台账.checked.xlsm'] });
    await expectMacrosKept(output);

    const again = path.join(tmp(), 'again.xlsm');
    const second = runCli(['check', output, '-o', again]);
    expect(second.code).toBe(1);
    await expectMacrosKept(again);
  });

  it('says the macros are not kept when the copy is an .xlsx', async () => {
    const input = inputIn(tmp(), 'xlsm-to-xlsx', 'macro.xlsm', await B.xlsmFrom(L.buildCityHalfYear(), VBA));
    const output = path.join(tmp(), 'plain.xlsx');
    const run = runCli(['check', input, '-o', output]);
    expect(run.stdout).toContain('注意：输出副本不保留原工作簿中的宏（原文件未作任何改动）');
    const { zip, text } = await partsOf(output);
    expect(zip.file('xl/vbaProject.bin')).toBeNull();
    expect(await text('[Content_Types].xml')).not.toContain('macroEnabled');
  });
});

describe('an Excel template (.xltx, .xltm)', () => {
  it('is checked into <name>.checked.xltx, still a template, and checks again', async () => {
    const input = inputIn(tmp(), 'xltx', '台账模板.xltx', await B.templateFrom(L.buildCityHalfYear()));
    const before = beside(input);
    const run = runCli(['check', input]);
    expect(run.code).toBe(1);
    const output = path.join(path.dirname(input), '台账模板.checked.xltx');
    expect(beside(input)).toEqual({ digest: before.digest, others: ['台账模板.checked.xltx'] });
    const types = await (await partsOf(output)).text('[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml"/>');
    expect(types).not.toContain('spreadsheetml.sheet.main+xml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets[0]?.getRow(2).values).toContain('校验意见');
    const again = path.join(tmp(), 'again.xltx');
    expect(runCli(['check', output, '-o', again]).code).toBe(1);
    expect(await (await partsOf(again)).text('[Content_Types].xml')).toContain('spreadsheetml.template.main+xml');
  });

  it('keeps a macro-enabled template’s macros and type in <name>.checked.xltm', async () => {
    const input = inputIn(tmp(), 'xltm', 'macro.xltm', await B.templateFrom(L.buildCityHalfYear(), VBA));
    const run = runCli(['check', input]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('不保留');
    await expectMacrosKept(path.join(path.dirname(input), 'macro.checked.xltm'), 'application/vnd.ms-excel.template.macroEnabled.main+xml');
  });
});
