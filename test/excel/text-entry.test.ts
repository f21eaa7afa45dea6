import fc from 'fast-check';
import { readEntry } from '../../src/excel-fake';
import { textEntry } from '../../src/excel/text-entry';

describe('writing text so Excel keeps it as text', () => {
  test.each([
    ['已完成', '已完成'], ['0123', "'0123"], ['-', "'-"], ['- 已完成', "'- 已完成"], ['=SUM(A1)', "'=SUM(A1)"],
    ['+86 138', "'+86 138"], ['TRUE', "'TRUE"], ['#N/A', "'#N/A"], ["'引号", "''引号"], ['85%', "'85%"], ['2024-06-30', "'2024-06-30"],
  ])('%s is written as %s', (text, entry) => {
    expect(textEntry(text, 'General')).toBe(entry);
    expect(textEntry(text, '@')).toBe(text);
  });

  test('numbers, booleans and empty cells are written as they are', () => {
    expect([textEntry(0.5, 'General'), textEntry(true, null), textEntry(null, null), textEntry('', null)]).toEqual([0.5, true, '', '']);
  });

  test('any non-empty string comes back from Excel as the same text (General or text format)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom(undefined, 'General', '@'), (text, format) => {
      expect(readEntry(textEntry(text, format), format)).toEqual({ kind: 'constant', value: text });
    }), { seed: 20261123, numRuns: 500 });
  });
});
