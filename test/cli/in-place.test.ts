import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as L from '../fixtures/layouts';
import { runCli } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('taskledger check --in-place', () => {
  it('backs the input up beside it first, then writes the checked workbook over it', async () => {
    const input = path.join(tmp(), 'ledger.xlsx');
    await L.writeFixture(L.buildCityHalfYear(), input);
    const original = sha(input);
    const run = runCli(['check', input, '--in-place', '-q', '--json', path.join(tmp(), 'r.json')]);
    expect(run.code).toBe(1);
    const backup = path.join(tmp(), 'ledger.backup.xlsx');
    expect(sha(backup)).toBe(original);
    expect(sha(input)).not.toBe(original);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const headers = (wb.worksheets[0]?.getRow(2).values as unknown[]).map(String);
    expect(headers).toContain('校验意见');
    expect(existsSync(path.join(tmp(), 'ledger.checked.xlsx'))).toBe(false);
    const report = JSON.parse(readFileSync(path.join(tmp(), 'r.json'), 'utf8')) as { files: { backup: string; output: string }[] };
    expect(report.files[0]).toMatchObject({ backup, output: input });
  });

  it('never overwrites an earlier backup', async () => {
    const input = path.join(tmp(), 'twice.xlsx');
    await L.writeFixture(L.buildCityHalfYear(), input);
    copyFileSync(input, path.join(tmp(), 'twice.backup.xlsx'));
    const first = sha(path.join(tmp(), 'twice.backup.xlsx'));
    const before = sha(input);
    runCli(['check', input, '--in-place', '-q']);
    expect(sha(path.join(tmp(), 'twice.backup.xlsx'))).toBe(first);
    expect(sha(path.join(tmp(), 'twice.backup-2.xlsx'))).toBe(before);
  });

  it('makes no backup and changes nothing when the input cannot be checked', async () => {
    const input = path.join(tmp(), 'refused', 'cut.xlsx');
    mkdirSync(path.dirname(input));
    writeFileSync(input, await L.truncatedXlsx());
    const before = sha(input);
    const run = runCli(['check', input, '--in-place', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('文件已损坏或不完整');
    expect(sha(input)).toBe(before);
    expect(readdirSync(path.dirname(input))).toEqual(['cut.xlsx']);
  });

  it('refuses to combine with -o or --out-dir', () => {
    const run = runCli(['check', 'a.xlsx', '--in-place', '--out-dir', tmp()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--in-place');
  });
});
