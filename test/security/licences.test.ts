/**
 * @jest-environment node
 *
 * The production add-in bundle's third-party packages: each under an allowed licence, and
 * THIRD_PARTY_LICENCES.md listing exactly them (tools/licence-list.js reads the shipped modules of
 * the same build the browser tests use, from the build cache).
 */
import { readFileSync } from 'fs';
import path from 'path';
import { cachedBuild } from '../../src/preview/build/cached-build';

interface ShippedPackage {
  name: string;
  version: string;
  licence: string;
}

interface LicenceList {
  ALLOWED_LICENCES: string[];
  shippedPackages(modules: string[]): ShippedPackage[];
  licenceAllowed(expression: string, allowed?: string[]): boolean;
  render(packages: ShippedPackage[]): string;
}

const ROOT = path.resolve(__dirname, '../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const list = require(path.join(ROOT, 'tools/licence-list.js')) as LicenceList;

let packages: ShippedPackage[] = [];

beforeAll(async () => {
  packages = list.shippedPackages((await cachedBuild('addin')).modules);
}, 300_000);

test('the bundle ships the UI libraries and no build tool or CLI-only dependency', () => {
  const names = packages.map((p) => p.name);
  expect(names).toEqual(expect.arrayContaining(['react', 'react-dom', '@fluentui/react-provider', '@griffel/core', 'zod']));
  for (const notShipped of ['exceljs', 'commander', 'webpack', 'typescript', 'jszip']) expect(names).not.toContain(notShipped);
});

test('every shipped package has an allowed licence', () => {
  const refused = packages.filter((p) => !list.licenceAllowed(p.licence)).map((p) => `${p.name}@${p.version}: ${p.licence}`);
  expect(refused).toEqual([]);
});

test('THIRD_PARTY_LICENCES.md is up to date with the bundle (npm run licences rewrites it)', () => {
  expect(readFileSync(path.join(ROOT, 'THIRD_PARTY_LICENCES.md'), 'utf8')).toBe(list.render(packages));
});

test('SPDX expressions: OR needs one allowed alternative, AND needs all', () => {
  expect(list.licenceAllowed('MIT')).toBe(true);
  expect(list.licenceAllowed('(MIT OR GPL-3.0-only)')).toBe(true);
  expect(list.licenceAllowed('MIT AND GPL-3.0-only')).toBe(false);
  expect(list.licenceAllowed('GPL-3.0-only')).toBe(false);
  expect(list.licenceAllowed('UNKNOWN')).toBe(false);
});
