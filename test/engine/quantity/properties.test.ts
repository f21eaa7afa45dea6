import fc from 'fast-check';
import { findNumbers, formatQuantityValue, parseChineseNumber, parseQuantities } from '../../../src/engine/quantity';
import type { NumeralStyle } from '../../../src/engine/quantity';
import { classifyTarget } from '../../../src/engine/measurability';

const SEED = 42;

/** Strings made of characters the parser cares about, so properties reach deep paths. */
const ledgerChar = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.．,，%％-—~至到/ 零〇一二两三四五六七八九十百千万亿兆壹贰叁肆伍陆柒捌玖拾佰仟半点分之又余多几负第号年月日天个家项吨元美亿万TEUkmG+“”《》〔〕()（）、。；\n①一批推进建成出台'.split(''),
);
const ledgerString = fc.array(ledgerChar, { maxLength: 80 }).map((a) => a.join(''));
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), ledgerString);

describe('quantity parser properties', () => {
  it('never throws and reports spans that slice the input', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        for (const m of findNumbers(s)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.start).toBeLessThan(m.end);
          expect(m.text).toBe(s.slice(m.start, m.end));
          expect(Number.isNaN(m.value)).toBe(false);
        }
        for (const q of parseQuantities(s)) {
          expect(q.text).toBe(s.slice(q.start, q.end));
          expect(q.start).toBeLessThan(q.end);
          if (q.range) expect(q.range.min).toBeLessThanOrEqual(q.range.max);
        }
        parseChineseNumber(s);
        const m = classifyTarget(s);
        for (const e of m.evidence) expect(e.text).toBe(s.slice(e.start, e.end));
        for (const it of m.items) expect(it.text).toBe(s.slice(it.start, it.end));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('finds non-overlapping numbers in order', () => {
    fc.assert(
      fc.property(ledgerString, (s) => {
        const ms = findNumbers(s);
        for (let i = 1; i < ms.length; i++) expect(ms[i]?.start ?? 0).toBeGreaterThanOrEqual(ms[i - 1]?.end ?? 0);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('survives long and hostile strings', () => {
    const long = '建成5个平台，'.repeat(5000).slice(0, 32767);
    expect(parseQuantities(long).length).toBeGreaterThan(1000);
    const hostile = ['\u0000\u0001\uffff', '\ud800\udc00😀'.repeat(3000), '1'.repeat(32767), '一'.repeat(32767),
      '(((((('.repeat(5000), '《'.repeat(32767), '“'.repeat(32767), '1.'.repeat(16000), '万'.repeat(32767),
      '-'.repeat(32767), '零'.repeat(32767), '十'.repeat(32767), '1,'.repeat(16000)];
    for (const h of hostile) {
      expect(() => findNumbers(h)).not.toThrow();
      expect(() => parseQuantities(h)).not.toThrow();
      expect(() => classifyTarget(h)).not.toThrow();
    }
    expect(findNumbers(undefined as unknown as string)).toEqual([]);
  });

  const styles: NumeralStyle[] = ['arabic', 'grouped', 'fullwidth', 'chinese', 'financial', 'wan'];
  const units = ['个', '家', '亿元', '元', '吨', '公里', '%', '个百分点', '人次', 'TEU', '平方米'];

  it('round-trips values it renders in every style', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 999_999_999_999 }), fc.integer({ min: 1, max: 99_999 }).map((x) => x / 100)),
        fc.constantFrom(...styles),
        fc.constantFrom(...units),
        (value, style, unit) => {
          const written = formatQuantityValue(value, unit, style);
          const text = `全年计划完成${written}。`;
          const qs = parseQuantities(text);
          expect(qs).toHaveLength(1);
          const q = qs[0];
          const scale = unit === '亿元' ? 1e8 : 1;
          const want = value * scale;
          expect(Math.abs((q?.value ?? NaN) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
          expect(q?.text).toBe(written);
          expect(q?.start).toBe(6);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('round-trips bare numerals through parseChineseNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999_999 }), fc.constantFrom(...styles), (value, style) => {
        const written = formatQuantityValue(value, '', style);
        expect(parseChineseNumber(written)).toBeCloseTo(value, 3);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
