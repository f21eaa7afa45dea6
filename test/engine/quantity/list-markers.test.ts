import { findListMarkers } from '../../../src/engine/quantity';
import { normalizeChars } from '../../../src/engine/quantity/normalize-chars';

function markers(text: string): [string, number, string][] {
  return findListMarkers(normalizeChars(text)).map((m) => [text.slice(m.start, m.end), m.value, m.style]);
}

describe('findListMarkers', () => {
  it.each<[string, [string, number, string][]]>([
    ['1.全省 2.打造', [['1.', 1, 'arabicDot'], ['2.', 2, 'arabicDot']]],
    ['1、全省；2、打造', [['1、', 1, 'arabicComma'], ['2、', 2, 'arabicComma']]],
    ['（一）加强 （二）推进', [['（一）', 1, 'cnParen'], ['（二）', 2, 'cnParen']]],
    ['(1)加强(2)推进', [['(1)', 1, 'arabicParen'], ['(2)', 2, 'arabicParen']]],
    ['①完善②健全', [['①', 1, 'circled'], ['②', 2, 'circled']]],
    ['一、总体要求\n二、重点任务', [['一、', 1, 'cnComma'], ['二、', 2, 'cnComma']]],
    ['1.8月7日,印发。 2.9月3日,发放', [['1.', 1, 'arabicDot'], ['2.', 2, 'arabicDot']]],
    ['1.5万个项目', []],
    ['1.5万个项目 2.打造', [['1.', 1, 'arabicDot'], ['2.', 2, 'arabicDot']]],
    ['增长 2.5%，提高 3.5%', []],
    ['１．全省　２．打造', [['１．', 1, 'arabicDot'], ['２．', 2, 'arabicDot']]],
  ])('%j', (text, expected) => {
    expect(markers(text)).toEqual(expected);
  });
});
