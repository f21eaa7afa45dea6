import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeJsonFile } from '../../src/cli/json-file';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();

describe('the JSON report written piece by piece', () => {
  it('is the same text as JSON.stringify(value, null, 2), at any depth', async () => {
    const value = {
      version: 1, empty: {}, none: [], text: '引号"与\n换行', nested: [{ a: 1, b: [1, 2, { c: null }], skip: undefined }, [], 'x'],
      rows: Array.from({ length: 3000 }, (_, i) => ({ row: i, task: `任务${i}`, lead: ['市发改委'], ratio: i / 7 })),
    };
    for (const depth of [0, 1, 3, 5, 9]) {
      const file = path.join(tmp(), `d${depth}.json`);
      await writeJsonFile(file, value, depth);
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });
});
