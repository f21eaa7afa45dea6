import { resolveAsOf } from '../../src/engine/schedule/as-of';
import { expectedAtDate, findPeriod } from '../../src/engine/schedule/expected-progress';
import { typedPercent } from '../../src/engine/schedule/typed-percent';

describe('序时进度 from a period', () => {
  it.each([
    ['省发展改革委重点工作进展情况（截至三季度）', 0.75, 9],
    ['2024年上半年重点工作进展', 0.5, 6],
    ['1-8月，全省固定资产投资同比增长14%', 8 / 12, 8],
    ['1—6月完成投资110.95亿元', 0.5, 6],
    ['1月至10月', 10 / 12, 10],
    ['截至6月底，已完成', 0.5, 6],
    ['截至9月末', 0.75, 9],
    ['前三季度，全市实现', 0.75, 9],
    ['一季度工作台账', 0.25, 3],
    ['第二季度', 0.5, 6],
    ['2024年度重点工作完成情况', 1, 12],
    ['前8个月', 8 / 12, 8],
    ['截至１１月', 11 / 12, 11],
  ])('%s → %d', (text, expected, month) => {
    const found = findPeriod(text);
    expect(found?.expected).toBeCloseTo(expected, 6);
    expect(found?.month).toBe(month);
  });

  it.each(['重点工作台账', '建成5个项目', '第18次例会'])('%s names no period', (text) => {
    expect(findPeriod(text)).toBeNull();
  });
});

describe('序时进度 at a date', () => {
  it.each([
    ['2024-06-30', 0.5],
    ['2024-09-30', 0.75],
    ['2024-12-31', 1],
    ['2024-01-31', 1 / 12],
    ['2024-02-15', 1 / 12 + 15 / 29 / 12],
  ])('%s → %d', (date, expected) => {
    expect(expectedAtDate(date)?.expected).toBeCloseTo(expected, 3);
  });

  it.each(['2024-13-01', '2024-02-30', '30/06/2024', ''])('rejects %j', (date) => {
    expect(expectedAtDate(date)).toBeNull();
  });
});

describe('序时进度 set by the user', () => {
  it('replaces the one read from the date or title and keeps its report month', () => {
    expect(resolveAsOf({ title: '重点工作进展（截至三季度）', expected: 0.7 })).toEqual({
      date: null, expected: 0.7, source: 'set', text: '截至三季度', month: 9, day: 30,
    });
    expect(resolveAsOf({ asOf: '2024-06-15', expected: 0.4 })).toMatchObject({ expected: 0.4, source: 'set', month: 6, day: 15 });
  });

  it('stands alone when nothing names a period: the report month is where that share of the year ends', () => {
    expect(resolveAsOf({ title: '重点工作台账', expected: 0.75 })).toEqual({ date: null, expected: 0.75, source: 'set', text: '', month: 9, day: 30 });
    expect(resolveAsOf({ expected: 0 })).toMatchObject({ month: 1 });
    expect(resolveAsOf({ expected: 1 })).toMatchObject({ month: 12, day: 31 });
  });

  it('is ignored outside 0–1, and absent it changes nothing', () => {
    expect(resolveAsOf({ title: '（截至三季度）', expected: 1.5 })).toMatchObject({ expected: 0.75, source: 'title' });
    expect(resolveAsOf({ title: '（截至三季度）' })).toMatchObject({ expected: 0.75, source: 'title' });
    expect(resolveAsOf({})).toBeNull();
  });

  it.each([
    ['75', 0.75], ['75%', 0.75], [' 62.5 ％ ', 0.625], ['0', 0], ['100', 1],
    ['', null], ['abc', null], ['101', null], ['-5', null], ['7５', null], ['75 percent', null],
  ])('typed percentage %j → %p', (text, expected) => {
    expect(typedPercent(text)).toBe(expected);
  });
});
