import { DEFAULT_PROFILE } from '../../src/engine';
import { findInlineUnits, isUnitLine } from '../../src/engine/units/inline-units';
import { Placeholders } from '../../src/engine/units/placeholder';
import { splitTopLevel, splitUnits } from '../../src/engine/units/split-units';

const ph = new Placeholders(DEFAULT_PROFILE.placeholders);

describe('placeholders', () => {
  it.each(['', '   ', '\n', ' \r\n\t', '/', '／', '-', '—', '——', '无', '待定', '暂无', '未明确', ' 待定 '])(
    '%j says nothing',
    (text) => expect(ph.isEmpty(text)).toBe(true),
  );
  it.each(['省发展改革委', '无锡市政府', '待定区域工作组'])('%j is a value', (text) => expect(ph.isEmpty(text)).toBe(false));
});

describe('splitUnits', () => {
  it.each([
    ['省发展改革委、省财政厅', ['省发展改革委', '省财政厅']],
    ['市发改委\n市经信局', ['市发改委', '市经信局']],
    ['市发改委\r\n市经信局\n', ['市发改委', '市经信局']],
    ['省教育厅，省财政厅;省人力社保厅；省卫生健康委/省医保局', ['省教育厅', '省财政厅', '省人力社保厅', '省卫生健康委', '省医保局']],
    ['省财政厅、省委宣传部（列第一位者为牵头或汇总单位，下同）', ['省财政厅', '省委宣传部']],
    ['各市、县（市、区）政府', ['各市', '县（市、区）政府']],
    ['牵头单位：省科技厅', ['省科技厅']],
    ['省发展改革委、省发展改革委', ['省发展改革委']],
  ])('%j → %j', (text, lead) => {
    expect(splitUnits(text, ph).lead).toEqual(lead);
  });

  it('keeps units inside brackets whole', () => {
    expect(splitTopLevel('省商务厅、各设区市政府（管委会、新区）')).toEqual(['省商务厅', '各设区市政府（管委会、新区）']);
  });

  it('reads "X牵头，Y、Z配合"', () => {
    expect(splitUnits('市交通局牵头，市财政局、市自然资源局配合', ph)).toEqual({
      lead: ['市交通局'],
      coop: ['市财政局', '市自然资源局'],
    });
    expect(splitUnits('市卫健委、市医保局牵头,市财政局参与', ph)).toEqual({
      lead: ['市卫健委', '市医保局'],
      coop: ['市财政局'],
    });
  });

  it('gives no unit for placeholders', () => {
    expect(splitUnits('/', ph).lead).toEqual([]);
    expect(splitUnits(' \n ', ph).lead).toEqual([]);
    expect(splitUnits('待定', ph).lead).toEqual([]);
  });
});

describe('units inside task text', () => {
  it('reads a "牵头单位：" line', () => {
    const found = findInlineUnits('稳企业、防风险，做好稳企业各项工作。\n牵头单位：省发展改革委、省经信厅', ph);
    expect(found?.lead).toEqual(['省发展改革委', '省经信厅']);
  });

  it('reads bracketed units, half- and full-width', () => {
    expect(findInlineUnits('新增托位2万个(责任单位:省卫生健康委)', ph)?.lead).toEqual(['省卫生健康委']);
    expect(findInlineUnits('建设学校20所（责任单位：省教育厅、省财政厅）。', ph)?.lead).toEqual(['省教育厅', '省财政厅']);
  });

  it('ignores texts that only mention units', () => {
    expect(findInlineUnits('加强对牵头单位的考核', ph)).toBeNull();
    expect(findInlineUnits('（责任单位：待定）', ph)).toBeNull();
  });

  it('tells a unit line from a task', () => {
    expect(isUnitLine('牵头单位：省发展改革委')).toBe(true);
    expect(isUnitLine('（责任单位：省教育厅）')).toBe(true);
    expect(isUnitLine('推进牵头单位考核')).toBe(false);
  });
});
