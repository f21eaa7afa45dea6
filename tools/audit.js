#!/usr/bin/env node
// npm run audit: `npm audit --omit=dev --audit-level=high --json` over the production dependencies.
// Exits 1 on any high or critical advisory. When the advisory endpoint cannot be reached (no
// network, or a registry mirror without it: it answers 405 to npm's bulk advisory POST) it prints
// that the check could not run and why, and exits 0, unless AUDIT_STRICT=1.
const { spawnSync } = require('child_process');
const { readAudit } = require('./audit-report');

// Under `npm run`, npm_execpath is npm's own CLI script; otherwise call npm from the PATH.
const viaNpm = process.env.npm_execpath && /npm-cli\.js$/u.test(process.env.npm_execpath);
const [command, prefix] = viaNpm ? [process.execPath, [process.env.npm_execpath]] : [process.platform === 'win32' ? 'npm.cmd' : 'npm', []];

const run = spawnSync(command, [...prefix, 'audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 180_000,
  shell: process.platform === 'win32',
});
const { outcome, lines } = readAudit(run);
for (const line of lines) console.log(line);
if (outcome === 'fail' || (outcome === 'unavailable' && process.env.AUDIT_STRICT === '1')) process.exit(1);
