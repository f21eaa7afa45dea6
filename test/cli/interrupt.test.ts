/**
 * Ctrl+C and crashes: whenever the CLI is stopped, it leaves either no output or a complete one,
 * and never a temporary file (a SIGKILL's leftover is removed by the next run).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeLedgerFile } from '../../bench/ledger-file';
import { BIN, ROOT, runCli } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';
import { sha256 } from '../support/written';

const tmp = useTmpDir();
jest.setTimeout(180_000);

/** Big enough that writing the copy takes a while (seconds), small enough to make quickly. */
const ROWS = 5000;
let source = '';

beforeAll(async () => {
  source = path.join(tmp(), 'source.xlsx');
  await writeLedgerFile(source, ROWS);
});

interface Stopped { code: number | null; signal: NodeJS.Signals | null; stderr: string }

function start(args: string[]): { child: ChildProcess; done: Promise<Stopped> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TASKLEDGER_LANG: '' } });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.stdout?.resume();
  const done = new Promise<Stopped>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

const temps = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** Resolves when a temporary file shows up in `dir` (polled), or false when the process ended first. */
async function tempAppears(dir: string, done: Promise<Stopped>): Promise<boolean> {
  let ended = false;
  void done.then(() => (ended = true));
  while (!ended) {
    if (temps(dir).length > 0) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

/** A folder holding a copy of the generated ledger; returns the input and its checked copy's path. */
function fresh(name: string): { dir: string; input: string; output: string } {
  const dir = path.join(tmp(), name);
  mkdirSync(dir, { recursive: true });
  const input = path.join(dir, 'ledger.xlsx');
  copyFileSync(source, input);
  return { dir, input, output: path.join(dir, 'ledger.checked.xlsx') };
}

/** A complete checked copy: exceljs reads it, every row and the 校验意见 column. */
async function expectComplete(output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet('台账');
  expect(ws?.rowCount).toBe(ROWS + 2);
  expect(ws?.getRow(2).values).toContain('校验意见');
}

/** No temporary file, and the copy either absent or complete. */
async function expectNoPartialOutput(dir: string, output: string): Promise<void> {
  expect(temps(dir)).toEqual([]);
  if (existsSync(output)) await expectComplete(output);
}

describe('stopping the CLI', () => {
  it('on Ctrl+C while reading or checking: stops at once, writes nothing', async () => {
    const { dir, input, output } = fresh('early');
    const before = sha256(input);
    const { child, done } = start(['check', input, '-q']);
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.signal === 'SIGINT' || stopped.code === 130).toBe(true);
    expect(existsSync(output)).toBe(false);
    await expectNoPartialOutput(dir, output);
    expect(sha256(input)).toBe(before);
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143]] as const)('on %s right when the temporary file appears: removes it, exits %i', async (signal, exit) => {
    const { dir, input, output } = fresh(`at-temp-${signal}`);
    const before = sha256(input);
    const { child, done } = start(['check', input, '-q']);
    expect(await tempAppears(dir, done)).toBe(true);
    child.kill(signal);
    const stopped = await done;
    expect(stopped.code).toBe(exit);
    expect(stopped.stderr).toContain('已中断：未写完的输出文件已删除');
    await expectNoPartialOutput(dir, output);
    expect(sha256(input)).toBe(before);
  });

  it('on Ctrl+C a moment into writing: the copy is absent or complete (the write may just have finished)', async () => {
    const { dir, input, output } = fresh('mid-write');
    const { child, done } = start(['check', input, '-q']);
    expect(await tempAppears(dir, done)).toBe(true);
    await new Promise((r) => setTimeout(r, 250));
    child.kill('SIGINT');
    const stopped = await done;
    // 130: stopped while writing; 1: done before the signal came; killed by SIGINT: done writing, then stopped.
    expect(stopped.code === 1 || stopped.code === 130 || stopped.signal === 'SIGINT').toBe(true);
    if (stopped.code === 130) expect(existsSync(output)).toBe(false);
    await expectNoPartialOutput(dir, output);
  });

  it('with --in-place, on Ctrl+C while writing: the input is untouched or completely replaced, its backup intact', async () => {
    const { dir, input } = fresh('in-place');
    const before = sha256(input);
    const { child, done } = start(['check', input, '--in-place', '-q']);
    expect(await tempAppears(dir, done)).toBe(true);
    child.kill('SIGINT');
    expect((await done).code).toBe(130);
    expect(temps(dir)).toEqual([]);
    expect(sha256(path.join(dir, 'ledger.backup.xlsx'))).toBe(before);
    if (sha256(input) !== before) await expectComplete(input);
  });

  it('killed outright (SIGKILL) while writing: the next run removes the leftover and writes a complete copy', async () => {
    const { dir, input, output } = fresh('killed');
    const { child, done } = start(['check', input, '-q']);
    expect(await tempAppears(dir, done)).toBe(true);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const left = temps(dir);
    expect(left).toHaveLength(1);
    // A leftover of a process that still runs is not touched.
    const alive = `ledger.checked.xlsx.${process.pid}.tmp`;
    writeFileSync(path.join(dir, alive), 'in use');
    const again = runCli(['check', input, '-q'], { timeoutMs: 170_000 });
    expect(again.code).toBe(1);
    expect(temps(dir)).toEqual([alive]);
    await expectComplete(output);
  });
});
