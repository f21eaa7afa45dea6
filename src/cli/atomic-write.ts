import { rmSync, promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Every file the CLI writes goes to a temporary file beside it first and is renamed into place,
 * so a reader never sees half a file. While a temporary file exists, Ctrl+C (SIGINT), SIGTERM and
 * SIGHUP remove it before the process exits with
 * 128 + the signal's number; at other times the signals keep their default effect. A temporary
 * file left by a process that was killed outright (SIGKILL, out of memory) is removed by the next
 * run that writes the same file.
 */

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
type Signal = keyof typeof SIGNALS;

const pending = new Set<string>();
let notice: () => string = () => 'interrupted';

/** The line printed on stderr when a signal interrupts a write (in the user's language). */
export function setInterruptNotice(text: () => string): void {
  notice = text;
}

function onSignal(signal: Signal): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
  process.stderr.write(`taskledger: ${notice()}\n`);
  process.exit(128 + SIGNALS[signal]);
}

const handlers = new Map<Signal, () => void>();

/** Registers a file to remove if a signal stops the process before `release`. */
export function removeOnInterrupt(file: string): void {
  pending.add(file);
  if (handlers.size > 0) return;
  for (const signal of Object.keys(SIGNALS) as Signal[]) {
    const handler = (): void => onSignal(signal);
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

export function release(file: string): void {
  pending.delete(file);
  if (pending.size > 0) return;
  for (const [signal, handler] of handlers) process.off(signal, handler);
  handlers.clear();
}

export function tempPathOf(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes "<file>.<pid>.tmp" files left by TaskLedger processes that no longer run. */
export async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${base}.`) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(base.length + 1, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true });
  }
}

/**
 * Writes `file` through `write(tmp)` and renames the temporary file into place. On failure or a
 * signal the temporary file is removed and the target left as it was.
 */
export async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await removeStaleTemps(file);
  const tmp = tempPathOf(file);
  removeOnInterrupt(tmp);
  try {
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  } finally {
    release(tmp);
  }
}
