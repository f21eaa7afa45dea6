import { cellAddress, columnLetter, columnNumber, parseAddress } from '../../src/engine/sheet/a1';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA'], [16384, 'XFD'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('rejects what is not a column', () => {
    expect(columnNumber('')).toBeNull();
    expect(columnNumber('A1')).toBeNull();
    expect(columnNumber('XFE')).toBeNull();
  });

  it('formats and parses cell addresses', () => {
    expect(cellAddress(5, 3)).toBe('C5');
    expect(parseAddress('$H$12')).toEqual({ row: 12, col: 8 });
    expect(parseAddress('h12')).toEqual({ row: 12, col: 8 });
    expect(parseAddress('12')).toBeNull();
    expect(parseAddress('A0')).toBeNull();
  });
});
