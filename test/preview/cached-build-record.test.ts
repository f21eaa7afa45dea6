/**
 * @jest-environment node
 *
 * The cached build's record is shared by every clone on the machine: module paths must follow the
 * clone that reads it, not the one (perhaps deleted since) that built it.
 */
import path from 'path';
import { fromRecord, toRecord } from '../../src/preview/build/cached-build';
import type { BuiltBundle } from '../../src/preview/build/build-bundle';

const builder = path.join(path.sep, 'tmp', 'gone', 'fresh');
const reader = path.join(path.sep, 'work', 'main');

const built: BuiltBundle = {
  dir: path.join(path.sep, 'tmp', 'taskledger-build-addin-production-0123'),
  entryFiles: { taskpane: ['taskpane.js'] },
  chunkGroupFiles: {},
  assets: ['taskpane.js'],
  modules: [path.join(builder, 'node_modules', '@emotion', 'hash', 'dist', 'hash.js'), path.join(builder, 'src', 'ui', 'app.tsx')],
  ms: 1,
};

test('the record keeps module paths relative to the clone that built it', () => {
  const record = toRecord(built, builder);
  expect(record.modules).toEqual([path.join('node_modules', '@emotion', 'hash', 'dist', 'hash.js'), path.join('src', 'ui', 'app.tsx')]);
  expect(record.modules.some((m) => path.isAbsolute(m))).toBe(false);
});

test('another clone reading the record gets its own node_modules', () => {
  const read = fromRecord(JSON.parse(JSON.stringify(toRecord(built, builder))) as BuiltBundle, reader);
  expect(read.modules).toEqual([path.join(reader, 'node_modules', '@emotion', 'hash', 'dist', 'hash.js'), path.join(reader, 'src', 'ui', 'app.tsx')]);
  expect({ ...read, modules: [] }).toEqual({ ...built, modules: [] });
});
