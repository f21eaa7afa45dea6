import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes `JSON.stringify(value, null, 2)` to a file piece by piece, so that the report of a
 * 100,000-row ledger never becomes one string of hundreds of megabytes. Arrays and objects are
 * opened down to `depth` levels; deeper values are stringified whole. The text is the same as
 * JSON.stringify's.
 */

function indented(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent ? text.replace(/\n/gu, `\n${indent}`) : text;
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object') {
    yield indented(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      yield* pieces(value[i] === undefined || typeof value[i] === 'function' ? null : value[i], inner, depth - 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) return yield '{}';
  yield '{\n';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, inner, depth - 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

const CHUNK = 1 << 16;

export async function writeJsonFile(file: string, value: unknown, depth = 5): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([err]) => Promise.reject(err as Error));
  failed.catch(() => undefined);
  let buffer = '';
  for (const piece of pieces(value, '', depth)) {
    buffer += piece;
    if (buffer.length < CHUNK) continue;
    if (!out.write(buffer)) await Promise.race([once(out, 'drain'), failed]);
    buffer = '';
  }
  out.end(`${buffer}\n`);
  await Promise.race([once(out, 'finish'), failed]);
}
