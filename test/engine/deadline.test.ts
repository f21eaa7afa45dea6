import fc from 'fast-check';
import { deadlineInCell, deadlineInText } from '../../src/engine/schedule/deadline';

describe('deadlineInText', () => {
  it.each([
    ['6月底前完成项目验收', { month: 6, day: null, text: '6月底前' }],
    ['9月30日前上线运行', { month: 9, day: 30, text: '9月30日前' }],
    ['2026年9月30日以前办结', { month: 9, day: 30, text: '2026年9月30日以前' }],
    ['十一月底前印发方案', { month: 11, day: null, text: '十一月底前' }],
    ['年底前建成投运', { month: 12, day: null, text: '年底前建成' }],
    ['上半年完成招标', { month: 6, day: null, text: '上半年完成' }],
    ['第三季度末前完成', { month: 9, day: null, text: '第三季度末前' }],
    // Full-width digits and separators are read as their ASCII forms.
    ['９月３０日前完成', { month: 9, day: 30, text: '9月30日前' }],
    ['２０２６－９－３０前完成', { month: 9, day: 30, text: '2026-9-30前' }],
    // An ideographic space inside the deadline is folded to a plain space in its text.
    ['6月\u3000底前完成', { month: 6, day: null, text: '6月 底前' }],
    ['6\u3000月底前完成', { month: 6, day: null, text: '6 月底前' }],
    ['，６月底前，完成（一期）', { month: 6, day: null, text: '6月底前' }],
  ])('%s', (text, expected) => {
    expect(deadlineInText(text)).toEqual(expected);
  });

  it.each(['全年完成投资100亿元', '13月底前完成', '1-8月完成投资', '推进项目前期工作'])('%s has no deadline', (text) => {
    expect(deadlineInText(text)).toBeNull();
  });

  it('reads every text as it reads the text NFKC-normalised (the skip of normalisation changes nothing)', () => {
    const alphabet = [
      '6', '9', '1', '2', '0', '３', '０', '月', '日', '底', '末', '前', '之', '以', '年', '内', '半', '上', '下', '季', '度', '第', '三',
      '完', '成', '建', '出', '台', '，', '。', '（', '）', '：', '.', '-', '/', '－', '．', '／', ' ', '\u3000', '\u00a0', '…', '①',
    ];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const viaNfkc = deadlineInText(t.normalize('NFKC'));
        expect(deadlineInText(t)).toEqual(viaNfkc);
      }),
      { seed: 20261123, numRuns: 3000 },
    );
  });
});

describe('deadlineInCell', () => {
  it('reads a date serial, an ISO date and a month phrase', () => {
    expect(deadlineInCell(46295)).toMatchObject({ month: 9, day: 30 });
    expect(deadlineInCell('2026-06-30')).toEqual({ month: 6, day: 30, text: '2026-06-30' });
    expect(deadlineInCell('年底')).toEqual({ month: 12, day: null, text: '年底' });
    expect(deadlineInCell('6月底')).toMatchObject({ month: 6, day: null });
    expect(deadlineInCell('持续推进')).toBeNull();
  });
});
