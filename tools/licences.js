#!/usr/bin/env node
// npm run licences: builds the add-in (production, into a temporary folder), lists the npm packages
// its bundle ships and writes THIRD_PARTY_LICENCES.md. With --check it writes nothing and exits 1
// when the committed file differs or a package's licence is not allowed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const { shippedModules, MODULE_STATS } = require('./bundle-modules');
const { ALLOWED_LICENCES, licenceAllowed, render, shippedPackages } = require('./licence-list');

const ROOT = path.resolve(__dirname, '..');
const TARGET = path.join(ROOT, 'THIRD_PARTY_LICENCES.md');

function build() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'taskledger-licences-'));
  const config = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' });
  config.context = ROOT;
  config.output = { ...config.output, path: out };
  config.infrastructureLogging = { level: 'error' };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      fs.rmSync(out, { recursive: true, force: true });
      if (err || !stats) reject(err || new Error('webpack failed'));
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve(shippedModules(stats.toJson(MODULE_STATS).modules || []));
    });
  });
}

async function main() {
  const check = process.argv.includes('--check');
  const packages = shippedPackages(await build());
  const text = render(packages);
  const refused = packages.filter((p) => !licenceAllowed(p.licence));
  for (const p of refused) console.error(`licence not allowed: ${p.name}@${p.version} is ${p.licence} (allowed: ${ALLOWED_LICENCES.join(', ')})`);
  if (check) {
    const current = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, 'utf8') : '';
    if (current !== text) console.error('THIRD_PARTY_LICENCES.md is out of date with the bundle: run `npm run licences` and commit it.');
    else console.log(`THIRD_PARTY_LICENCES.md lists the ${packages.length} packages the add-in ships.`);
    process.exit(current !== text || refused.length > 0 ? 1 : 0);
  }
  fs.writeFileSync(TARGET, text);
  console.log(`Wrote THIRD_PARTY_LICENCES.md: ${packages.length} packages.`);
  process.exit(refused.length > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
