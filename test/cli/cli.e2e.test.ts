import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sampleFacts } from '../../scripts/sample-facts';
import * as L from '../fixtures/layouts';
import { ROOT, runCli } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';
import { beside, inputIn } from '../support/written';

const tmp = useTmpDir();
const SAMPLE = path.join(ROOT, sampleFacts.file);
const GOLDEN = path.join(ROOT, 'test', 'golden', 'ledger-sample.report.json');

interface ReportFinding { code: string; severity: string; cell: string | null; row: number | null; message: string }
interface ReportSheet { name: string; status: string; headerRow: number | null; columns: Record<string, string | null>;
  rows: { row: number; lead: string[] }[]; findings: ReportFinding[] }
interface ReportFile { file: string; output: string | null; status: string; exitCode: number;
  error: { code: string; message: string } | null; sheets: ReportSheet[] }
interface Report { version: number; files: ReportFile[] }

const readReport = (file: string): Report => JSON.parse(readFileSync(file, 'utf8')) as Report;

describe('taskledger check (built CLI, end to end)', () => {
  it('prints help', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('check');
    expect(run.stdout).toContain('profile');
  });

  it('checks the sample: finds exactly the planted problems, writes the copy and the report', () => {
    const out = path.join(tmp(), 'sample');
    const json = path.join(out, 'report.json');
    const run = runCli(['check', SAMPLE, '--out-dir', out, '--json', json]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('工作表「重点工作台账」');
    expect(run.stdout).toContain('lead/missing');
    expect(existsSync(path.join(out, 'ledger-sample.checked.xlsx'))).toBe(true);

    const report = readReport(json);
    expect(report.version).toBe(1);
    const file = report.files[0];
    expect(file?.exitCode).toBe(1);
    const planted = new Set(sampleFacts.problems.map((p) => p.code as string));
    const found = (file?.sheets ?? [])
      .flatMap((s) => s.findings.filter((f) => f.cell !== null && planted.has(f.code)).map((f) => `${s.name}!${f.cell} ${f.code}`))
      .sort();
    expect(found).toEqual(sampleFacts.problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.code}`).sort());
    const vague = (file?.sheets ?? [])
      .flatMap((s) => s.findings.filter((f) => f.code === 'target/unmeasurable').map((f) => `${s.name}!${f.cell}`));
    // The demo flags the sample's vague targets, and only those.
    expect(vague.sort()).toEqual(sampleFacts.vagueTargets.map((v) => `${v.sheet}!${v.column}${v.row}`).sort());
    expect(file?.sheets.map((s) => [s.name, s.status])).toEqual(
      sampleFacts.sheets.map((s) => [s.name, s.kind === 'ledger' ? 'checked' : 'skipped']),
    );
  });

  it('writes the same JSON report as the reviewed golden copy', () => {
    const json = path.join(tmp(), 'golden.json');
    runCli(['check', sampleFacts.file, '-o', path.join(tmp(), 'golden.xlsx'), '--json', json, '-q']);
    const report = readReport(json);
    for (const f of report.files) f.output = f.output ? path.basename(f.output) : null;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(report, null, 2)}\n`);
    expect(report).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('speaks English with --lang en-US', () => {
    const json = path.join(tmp(), 'en.json');
    const run = runCli(['check', SAMPLE, '-o', path.join(tmp(), 'en.xlsx'), '--json', json, '--lang', 'en-US']);
    expect(run.stdout).toContain('sheet');
    const messages = readReport(json).files[0]?.sheets.flatMap((s) => s.findings.map((f) => f.message)) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^[A-Z]/u);
  });

  it('exits 0 when there is no error-severity finding', async () => {
    const input = path.join(tmp(), 'clean.xlsx');
    await L.writeFixture(L.buildUnknownColumns(), input);
    const run = runCli(['check', input, '-q']);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(tmp(), 'clean.checked.xlsx'))).toBe(true);
  });

  it('exits 2 with a one-line reason for files it cannot process, and still processes the others', async () => {
    const dir = tmp();
    const files = {
      random: path.join(dir, 'random.xlsx'),
      truncated: path.join(dir, 'truncated.xlsx'),
      empty: path.join(dir, 'empty.xlsx'),
      nohead: path.join(dir, 'nohead.xlsx'),
      zero: path.join(dir, 'zero.xlsx'),
      good: path.join(dir, 'good.xlsx'),
    };
    writeFileSync(files.random, L.randomBytes(4096, 7));
    writeFileSync(files.truncated, await L.truncatedXlsx());
    await L.writeFixture(L.buildEmptyWorkbook(), files.empty);
    await L.writeFixture(L.buildNoHeader(), files.nohead);
    writeFileSync(files.zero, '');
    await L.writeFixture(L.buildCityHalfYear(), files.good);
    const json = path.join(dir, 'bad.json');
    const run = runCli(['check', ...Object.values(files), '--json', json, '-q']);
    expect(run.code).toBe(2);
    const report = readReport(json);
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.file, '.xlsx'), f]));
    expect(byName.random?.error?.code).toBe('not-xlsx');
    expect(byName.truncated?.error?.code).toBe('corrupt');
    expect(byName.empty?.error?.code).toBe('empty-workbook');
    expect(byName.nohead?.error?.code).toBe('no-ledger');
    expect(byName.zero?.error?.code).toBe('empty-file');
    expect(byName.good).toMatchObject({ status: 'checked', exitCode: 1, error: null });
    for (const name of ['random', 'truncated', 'empty', 'nohead', 'zero']) {
      expect(existsSync(path.join(dir, `${name}.checked.xlsx`))).toBe(false);
      const lines = run.stderr.split('\n').filter((l) => l.includes(`${name}.xlsx`));
      expect(lines).toHaveLength(1);
    }
    expect(run.stderr).toContain('没有找到台账表头');
    expect(run.stderr).toContain('重点任务');
  });

  it('recognises an old .xls and an encrypted workbook by their bytes', () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const xls = path.join(tmp(), 'old.xlsx');
    writeFileSync(xls, ole);
    const encrypted = path.join(tmp(), 'locked.xlsx');
    const locked = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]);
    writeFileSync(encrypted, locked);
    const run = runCli(['check', xls, encrypted, '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('旧版 .xls');
    expect(run.stderr).toContain('已加密');
  });

  it('takes column overrides with --map and rejects a bad one', async () => {
    const input = path.join(tmp(), 'map.xlsx');
    await L.writeFixture(L.buildUnknownColumns(), input);
    const facts = L.expectedUnknownColumns();
    const json = path.join(tmp(), 'map.json');
    const unknown = facts.unknownColumns[0] ?? 'C';
    runCli(['check', input, '--map', `note=${unknown},status=-`, '--json', json, '-q']);
    const sheet = readReport(json).files[0]?.sheets[0];
    expect(sheet?.columns.note).toBe(unknown);
    expect(sheet?.columns.status).toBeNull();
    const bad = runCli(['check', input, '--map', 'leader=H']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--map');
  });

  it('judges against a 序时进度 set with --expected, and rejects one that is not a percentage', () => {
    type Judged = { asOf: { expected: number; source: string } | null; rows: { row: number; computedStatus: string | null }[] };
    const statuses = (args: string[]) => {
      const json = path.join(tmp(), `expected-${args.join('') || 'none'}.json`);
      const run = runCli(['check', SAMPLE, '--out-dir', tmp(), '--json', json, '-q', ...args]);
      expect(run.code).toBeLessThan(2);
      const sheet = (readReport(json).files[0]?.sheets[0] ?? null) as unknown as Judged | null;
      return { asOf: sheet?.asOf ?? null, behind: sheet?.rows.filter((r) => r.computedStatus === '进度滞后').length ?? 0 };
    };
    const read = statuses([]);
    const low = statuses(['--expected', '20']);
    const high = statuses(['--expected', '95%']);
    expect(low.asOf).toMatchObject({ expected: 0.2, source: 'set' });
    expect(high.asOf).toMatchObject({ expected: 0.95, source: 'set' });
    expect(low.behind).toBeLessThan(read.behind);
    expect(high.behind).toBeGreaterThan(read.behind);
    // The terminal says what the statuses were judged against.
    expect(runCli(['check', SAMPLE, '--out-dir', tmp()]).stdout).toContain('序时进度 75.0%（依据：截至三季度）');
    expect(runCli(['check', SAMPLE, '--out-dir', tmp(), '--expected', '20']).stdout).toContain('序时进度 20.0%（依据：设定值，报告期截至三季度）');
    const out = path.join(tmp(), 'bad-expected');
    const bad = runCli(['check', SAMPLE, '--expected', '七成', '--out-dir', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--expected 序时进度“七成”有误');
    expect(existsSync(out)).toBe(false);
  });

  it('says when no report period was found, and how to give one', async () => {
    const input = inputIn(tmp(), 'no-period', '责任分解.xlsx', await L.toBuffer(L.buildDutyBreakdown()));
    const run = runCli(['check', input, '--out-dir', tmp()]);
    expect(run.stdout).toContain('未找到报告期（可用 --as-of 或 --expected 指定）');
    expect(runCli(['check', input, '--out-dir', tmp(), '--expected', '50']).stdout).toContain('序时进度 50.0%（依据：设定值）');
  });

  it('refuses to write over its input', async () => {
    const input = inputIn(tmp(), 'same', 'same.xlsx', await L.toBuffer(L.buildCityHalfYear()));
    const before = beside(input);
    const run = runCli(['check', input, '-o', input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不能与输入文件相同');
    expect(beside(input)).toEqual(before);
  });
});

describe('profiles', () => {
  it('prints the default profile, which is accepted back as a custom profile', () => {
    const printed = runCli(['profile']);
    expect(printed.code).toBe(0);
    const file = path.join(tmp(), 'profile.json');
    writeFileSync(file, printed.stdout);
    const run = runCli(['check', SAMPLE, '--profile', file, '-o', path.join(tmp(), 'p.xlsx'), '-q']);
    expect(run.code).toBe(1);
  });

  it('applies a custom profile: a rule switched off and a changed vocabulary', () => {
    const profile = JSON.parse(runCli(['profile']).stdout) as {
      statusValues: string[]; rules: Record<string, { enabled: boolean; severity: string }>;
    };
    profile.rules['lead/missing'] = { enabled: false, severity: 'error' };
    profile.statusValues.push('按期推进');
    const file = path.join(tmp(), 'custom.json');
    writeFileSync(file, JSON.stringify(profile));
    const json = path.join(tmp(), 'custom-report.json');
    const run = runCli(['check', SAMPLE, '--profile', file, '-o', path.join(tmp(), 'c.xlsx'), '--json', json, '-q']);
    const codes = readReport(json).files[0]?.sheets.flatMap((s) => s.findings.map((f) => f.code)) ?? [];
    expect(codes).not.toContain('lead/missing');
    expect(codes).not.toContain('status/invalid');
    expect(codes).toContain('task/missing');
    expect(run.code).toBe(1);
  });

  it('points at the bad field of an invalid profile, in Chinese by default', () => {
    const file = path.join(tmp(), 'bad-profile.json');
    writeFileSync(file, JSON.stringify({ name: 'x', headerScanRows: 0, roles: { lead: { required: 'yes', synonyms: [] } },
      statusValues: ['已完成'], placeholders: [], rules: { 'lead/missing': { enabled: true, severity: 'fatal' } }, extra: 1 }));
    const run = runCli(['check', SAMPLE, '--profile', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('headerScanRows');
    expect(run.stderr).toContain('roles.lead.required');
    expect(run.stderr).toContain('roles.lead.synonyms');
    expect(run.stderr).toContain("rules.lead/missing.severity");
    expect(run.stderr).toContain('extra');
    expect(run.stderr).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('reports a JSON syntax error in a profile', () => {
    const file = path.join(tmp(), 'broken.json');
    writeFileSync(file, '{ "name": ');
    const run = runCli(['check', SAMPLE, '--profile', file, '--lang', 'en-US']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not valid JSON');
  });
});
