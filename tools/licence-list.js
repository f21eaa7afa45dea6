// The npm packages a bundle ships, with version and licence from each package's package.json, and
// THIRD_PARTY_LICENCES.md written from them. tools/licences.js runs it on the production build of
// the add-in; test/security/licences.test.ts checks the committed file and the allowed licences.
const fs = require('fs');
const path = require('path');

/** Licences the add-in may ship (SPDX ids): permissive, no copyleft on the bundle. */
const ALLOWED_LICENCES = ['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0'];

const LICENCE_FILES = /^(licen[cs]e|copying)(\.(md|txt))?$/iu;

/** The package folder a module path belongs to: the part after the last node_modules/. */
function packageRoot(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return null;
  const depth = (parts[at + 1] || '').startsWith('@') ? 2 : 1;
  return parts.slice(0, at + 1 + depth).join(path.sep);
}

/** A package.json licence field as one SPDX expression. */
function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => (typeof l === 'string' ? l : l.type)).join(' OR ');
  return 'UNKNOWN';
}

/** The copyright lines of the package's licence file, as the licence asks to keep them. */
function copyrightOf(dir) {
  const file = fs.readdirSync(dir).find((name) => LICENCE_FILES.test(name));
  if (!file) return '';
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/u).map((l) => l.trim());
  return [...new Set(lines.filter((l) => /^copyright\b/iu.test(l) && !/^copyright (notice|and license|holders?\b)/iu.test(l)))].join('; ');
}

/**
 * @param {string[]} modules absolute paths of the shipped source modules
 * @returns {{ name: string, version: string, licence: string, copyright: string }[]} sorted by name
 */
function shippedPackages(modules) {
  const roots = new Set(modules.map(packageRoot).filter(Boolean));
  const byKey = new Map();
  for (const dir of roots) {
    // A folder with a package.json of its own inside a package (some ship "esm/package.json") is not a package.
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const entry = { name: pkg.name, version: pkg.version, licence: licenceOf(pkg), copyright: copyrightOf(dir) };
    byKey.set(`${entry.name}@${entry.version}`, entry);
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Whether an SPDX expression is allowed: every AND part, and some OR alternative, on the list. */
function licenceAllowed(expression, allowed = ALLOWED_LICENCES) {
  const clean = expression.replace(/[()]/gu, ' ').trim();
  return clean.split(/\s+OR\s+/u).some((alt) => alt.split(/\s+AND\s+/u).every((id) => allowed.includes(id.trim())));
}

function render(packages) {
  const counts = new Map();
  for (const p of packages) counts.set(p.licence, (counts.get(p.licence) || 0) + 1);
  const summary = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l, n]) => `${l} ${n}`).join(', ');
  const cell = (text) => text.replace(/\|/gu, '\\|');
  return [
    '# Third-party licences',
    '',
    'The npm packages the Excel add-in ships in its production bundle (dist/addin: task pane, ribbon',
    'command, dialog and analysis worker), with the version and licence each declares in its',
    'package.json and the copyright lines of its licence file. Office.js is loaded from Microsoft\'s CDN',
    'and is not part of the bundle; the command-line tool\'s dependencies are not listed here.',
    '',
    'Written by `npm run licences` from the webpack build; `npm test` fails when it is out of date or a',
    `package's licence is not one of: ${ALLOWED_LICENCES.join(', ')}.`,
    '',
    `${packages.length} packages: ${summary}.`,
    '',
    '| Package | Version | Licence | Copyright |',
    '|---|---|---|---|',
    ...packages.map((p) => `| ${cell(p.name)} | ${p.version} | ${cell(p.licence)} | ${cell(p.copyright)} |`),
    '',
  ].join('\n');
}

module.exports = { ALLOWED_LICENCES, shippedPackages, licenceAllowed, render };
