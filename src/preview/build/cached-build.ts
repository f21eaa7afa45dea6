import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import type { BuiltBundle } from './build-bundle';
import { buildBundle } from './build-bundle';
import { repoRoot } from './repo-root';

/** What a build and its record depend on besides node_modules (package-lock.json stands for those). */
const INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'tsconfig.json', 'package-lock.json', 'tools/bundle-modules.js'];
const PREFIX = 'taskledger-build-';
const WAIT_MS = 500;
const STALE_LOCK_MS = 10 * 60_000;
const OLD_BUILD_MS = 60 * 60_000;

function listFiles(at: string, out: string[]): void {
  if (!existsSync(at)) return;
  if (statSync(at).isDirectory()) {
    for (const name of readdirSync(at).sort()) listFiles(path.join(at, name), out);
  } else {
    out.push(at);
  }
}

/** A hash of everything the build reads: the same sources give the same key. */
export function sourceKey(root: string, target: string, mode: string): string {
  const hash = createHash('sha256').update(`${target}\0${mode}\0`);
  const files: string[] = [];
  for (const input of INPUTS) listFiles(path.join(root, input), files);
  for (const file of files) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The record kept beside a cached build. The cache in the temp folder is shared by every clone on
 * the machine (same sources, same key), so module paths are kept relative to the clone that built
 * it and resolved against the reader's: a record written by a clone since deleted still names this
 * clone's node_modules.
 */
export function toRecord(built: BuiltBundle, root: string): BuiltBundle {
  return { ...built, modules: built.modules.map((m) => path.relative(root, m)) };
}

export function fromRecord(record: BuiltBundle, root: string): BuiltBundle {
  return { ...record, modules: record.modules.map((m) => path.resolve(root, m)) };
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Takes the lock folder, waiting while another process holds it (a lock older than 10 minutes is taken over). */
async function lock(dir: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch {
      try {
        if (Date.now() - statSync(dir).mtimeMs > STALE_LOCK_MS) rmSync(dir, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await sleep(WAIT_MS);
    }
  }
}

/** Removes other cached builds not used for an hour. */
function sweep(keep: string): void {
  const tmp = os.tmpdir();
  for (const name of readdirSync(tmp)) {
    if (!name.startsWith(PREFIX) || path.join(tmp, name) === keep || name.endsWith('.lock')) continue;
    try {
      if (Date.now() - statSync(path.join(tmp, name)).mtimeMs > OLD_BUILD_MS) rmSync(path.join(tmp, name), { recursive: true, force: true });
    } catch {
      // another process removed it
    }
  }
}

/**
 * Builds the add-in or the preview once per source state and shares the result between test files
 * (and runs): the browser tests, the CSP scan and the licence check all read the same build in the
 * temp folder. Concurrent callers wait for the one building.
 */
export async function cachedBuild(target: 'addin' | 'preview', mode: 'production' | 'development' = 'production'): Promise<BuiltBundle> {
  const root = repoRoot();
  const dir = path.join(os.tmpdir(), `${PREFIX}${target}-${mode}-${sourceKey(root, target, mode)}`);
  const record = path.join(dir, '..', `${path.basename(dir)}.json`);
  const release = await lock(`${dir}.lock`);
  try {
    if (existsSync(record) && existsSync(dir)) {
      const now = new Date();
      utimesSync(dir, now, now);
      utimesSync(record, now, now);
      return fromRecord(JSON.parse(readFileSync(record, 'utf8')) as BuiltBundle, root);
    }
    const built = await buildBundle(target, dir, mode);
    writeFileSync(record, JSON.stringify(toRecord(built, root)));
    sweep(dir);
    return built;
  } finally {
    release();
  }
}
