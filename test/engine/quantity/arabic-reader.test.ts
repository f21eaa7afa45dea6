import fc from 'fast-check';
import { readArabic } from '../../../src/engine/quantity/arabic-reader';

const read = (s: string) => readArabic(s, s, 0);

describe('readArabic', () => {
  it.each([
    ['1816.5亿元', 1816.5, 6],
    ['0.1', 0.1, 3],
    ['.5个', 0.5, 2],
    ['1,234.56', 1234.56, 8],
    ['12,345,678.9元', 12345678.9, 12],
    ['3.14159265358979', 3.14159265358979, 16],
    ['0.000000000000000000001', 1e-21, 23],
    ['1234567890.123456789', Number('1234567890.123456789'), 20],
  ])('%s', (text, value, end) => {
    expect(read(text)).toMatchObject({ value, end, isInteger: false });
  });

  it('reads every decimal as Number reads its digits (exactly, not nearly)', () => {
    const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(digits(0, 12), digits(1, 12), (int, frac) => {
        const text = `${int}.${frac}`;
        const got = read(text);
        expect(got?.value).toBe(Number(text));
        expect(got?.end).toBe(text.length);
      }),
      { seed: 20261123, numRuns: 5000 },
    );
  });

  it('reads grouped decimals as Number reads them without separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), fc.integer({ min: 1, max: 99_999 }), (int, frac) => {
        const text = `${int.toLocaleString('en-US')}.${frac}`;
        expect(read(text)?.value).toBe(Number(`${int}.${frac}`));
      }),
      { seed: 20261123, numRuns: 3000 },
    );
  });
});
