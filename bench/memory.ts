/**
 * `npm run bench` (before the engine's run.js): the CLI on a generated ledger of 100,000 task rows
 * (MEMORY_ROWS to change), in a child process as a user runs it, with and without --json. Reports
 * each run's peak resident memory (the child's VmHWM, read from /proc while it runs, else its
 * maxRSS) and wall time. Each run gets a bounded heap (--max-old-space-size: 1536 MB for the copy
 * alone, as test/cli/big-input.test.ts checks, 2048 MB with the JSON report, which holds every row);
 * a run that needs more fails, so the bench also shows that memory stays bounded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLedgerFile } from './ledger-file';

const ROWS = Number(process.env.MEMORY_ROWS ?? 100000);
const HEAP_MB = 1536;
const HEAP_WITH_REPORT_MB = 2048;
const BIN = path.resolve(__dirname, '..', '..', 'bin', 'taskledger.js');

interface Run { label: string; heapMB: number; code: number | null; signal: string | null; peakMiB: number; seconds: number }

/** The child's peak resident set so far, in KiB, from /proc (Linux); 0 elsewhere. */
function vmHwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function runCli(label: string, heapMB: number, args: string[]): Promise<Run> {
  const started = performance.now();
  // The child prints its own maxRSS on exit, for systems without /proc.
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMB}`, '-e', `
    process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'));
    process.argv.splice(1, 0, ${JSON.stringify(BIN)});
    require(${JSON.stringify(BIN)});`, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const poll = setInterval(() => (peak = Math.max(peak, vmHwm(child.pid ?? 0))), 200);
  return new Promise((resolve) => child.on('exit', (code, signal) => {
    clearInterval(poll);
    const reported = Number(/maxRSS (\d+)/u.exec(stderr)?.[1] ?? 0);
    resolve({ label, heapMB, code, signal, peakMiB: Math.max(peak, reported) / 1024, seconds: (performance.now() - started) / 1000 });
  }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taskledger-memory-'));
  try {
    const input = path.join(dir, 'ledger.xlsx');
    const t0 = performance.now();
    await writeLedgerFile(input, ROWS);
    console.log(`CLI memory: taskledger check on ${ROWS} task rows (input generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const runs = [
      await runCli('check', HEAP_MB, ['check', input, '-o', path.join(dir, 'out.xlsx'), '-q']),
      await runCli('check --json', HEAP_WITH_REPORT_MB, ['check', input, '-o', path.join(dir, 'out-json.xlsx'), '--json', path.join(dir, 'report.json'), '-q']),
    ];
    for (const r of runs) {
      const ok = r.code === 0 || r.code === 1;
      const verdict = ok ? '' : ` — FAILED (exit ${r.code ?? r.signal})`;
      console.log(`  ${r.label.padEnd(13)} heap bound ${r.heapMB} MB: peak RSS ${r.peakMiB.toFixed(0)} MiB, ${r.seconds.toFixed(1)} s${verdict}`);
    }
    if (runs.some((r) => r.code !== 0 && r.code !== 1)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
