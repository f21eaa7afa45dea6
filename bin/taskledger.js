#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to dist/ by `npm run build:cli` (run by `prepare` on npm ci).
const path = require('path');
let main;
try {
  main = require(path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js')).main;
} catch {
  process.stderr.write('taskledger: the CLI is not built yet. Run `npm run build:cli` (npm ci does it).\n');
  process.exit(2);
}
// A closed pipe (`taskledger check … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err && err.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw err;
  });
}
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(String(err && err.stack || err) + '\n'); process.exitCode = 2; },
);
