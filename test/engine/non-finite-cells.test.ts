import { analyzeSheet } from '../../src/engine';

describe('cells holding NaN or ±Infinity (no host stores them, but the engine never throws)', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('checks a ledger with %s in a text column', (value) => {
    const sheet = { name: '台账', values: [['牵头部门', '序号', '重点任务'], [value, 1, '完成投资100亿元']], merges: [] };
    expect(analyzeSheet(sheet).status).toBe('checked');
  });
});
