import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A folder of its own holding only `name` with these bytes; returns the file's path. */
export function inputIn(root: string, folder: string, name: string, bytes: Buffer | string): string {
  const dir = path.join(root, folder);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** What a run left beside its input: the input's digest and every other file in its folder. */
export function beside(input: string): { digest: string; others: string[] } {
  const dir = path.dirname(input);
  return { digest: sha256(input), others: readdirSync(dir).filter((f) => f !== path.basename(input)).sort() };
}
