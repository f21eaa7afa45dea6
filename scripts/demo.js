#!/usr/bin/env node
'use strict';
// `npm run demo`: checks the bundled sample ledger with the CLI and writes the results under out/.
// Findings are the point of the demo, so exit code 1 ("errors found in the ledger") counts as success.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const sample = path.join('assets', 'samples', 'ledger-sample.xlsx');
const args = ['check', sample, '--out-dir', 'out', '--json', path.join('out', 'ledger-sample.report.json'), ...process.argv.slice(2)];
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'taskledger.js'), ...args], { cwd: root, stdio: 'inherit' });
if (run.status === 0 || run.status === 1) {
  process.stdout.write('\n打开 out/ledger-sample.checked.xlsx 查看“校验意见”列和标色单元格。\n');
  process.exit(0);
}
process.exit(run.status ?? 2);
