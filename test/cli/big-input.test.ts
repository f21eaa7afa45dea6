/**
 * 100,000 task rows: the built CLI checks them within a bounded heap (the same bound as
 * `npm run bench`'s memory figures), and writes a complete copy.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { writeLedgerFile } from '../../bench/ledger-file';
import { BIN, ROOT } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();
const ROWS = 100000;
/** MB of JavaScript heap the CLI may use (node's default on this kind of machine is about 4 GB). */
const HEAP_BOUND_MB = 1536;

jest.setTimeout(300_000);

describe('a ledger of 100,000 task rows', () => {
  it(`is checked with the heap bounded to ${HEAP_BOUND_MB} MB`, async () => {
    const input = path.join(tmp(), 'big.xlsx');
    await writeLedgerFile(input, ROWS);
    const run = spawnSync(process.execPath, [BIN, 'check', input], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TASKLEDGER_LANG: '', NODE_OPTIONS: `--max-old-space-size=${HEAP_BOUND_MB}` },
      timeout: 280_000,
    });
    expect(run.stderr).not.toMatch(/heap out of memory/u);
    expect([run.status, run.signal]).toEqual([1, null]);
    expect(run.stdout).toContain(`任务 ${ROWS} 项`);
    const copy = await JSZip.loadAsync(readFileSync(path.join(tmp(), 'big.checked.xlsx')));
    expect(copy.file('xl/worksheets/sheet1.xml')).not.toBeNull();
    expect(readdirSync(tmp()).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
