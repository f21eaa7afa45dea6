import type { Profile } from '../../src/engine';
import { DEFAULT_PROFILE, UnitDirectory, analyzeSheet, nearDuplicates, summarizeSheet, unitKey, validateProfile } from '../../src/engine';
import { snapshot } from '../support/snapshot';

describe('unit names', () => {
  it('folds full-width characters and white space, and merges aliases under the canonical name', () => {
    expect(unitKey('ＡＢＣ 中心\n')).toBe(unitKey('abc中心'));
    const d = new UnitDirectory(DEFAULT_PROFILE.unitAliases);
    const keys = ['省发展改革委', '省发改委', ' 省发展和改革委员会 ', '省发展改革委员会'].map((n) => d.see(n));
    expect(new Set(keys).size).toBe(1);
    expect(d.displayName(keys[0] ?? '')).toBe('省发展改革委');
    expect(d.keyOf('市卫健委')).toBe(d.keyOf('市卫生健康委'));
    expect(d.keyOf('省卫健委')).not.toBe(d.keyOf('市卫健委'));
  });

  it('shows the spelling a sheet uses most for a unit outside the alias list', () => {
    const d = new UnitDirectory({});
    const key = d.see('ＸＹ研究院');
    d.see('XY研究院');
    d.see('XY研究院');
    expect(d.displayName(key)).toBe('XY研究院');
  });

  it('takes a user-edited alias list from the profile; an empty list merges nothing', () => {
    const rows = [['序号', '重点任务', '牵头单位'], [1, '甲', '市数据局'], [2, '乙', '市大数据中心'], [3, '丙', '市发改委']];
    const withList = validateProfile({ ...DEFAULT_PROFILE, unitAliases: { 市数据局: ['市大数据中心'] } }, 'zh-CN');
    if (!withList.ok) throw new Error('profile refused');
    const a = analyzeSheet(snapshot(rows, [], '台账'));
    if (a.status !== 'checked') throw new Error('not checked');
    const custom = summarizeSheet(a, { profile: withList.profile });
    expect(custom.byUnit.map((u) => [u.unit, u.tasks])).toEqual([['市数据局', 2], ['市发改委', 1]]);
    const none: Profile = { ...DEFAULT_PROFILE, unitAliases: {} };
    expect(summarizeSheet(a, { profile: none }).byUnit.map((u) => u.unit)).toEqual(['市数据局', '市大数据中心', '市发改委']);
    // Without the field, a custom profile gets the built-in list (市发改委 → 市发展改革委).
    const { unitAliases: _dropped, ...withoutField } = DEFAULT_PROFILE;
    const parsed = validateProfile(withoutField, 'zh-CN');
    if (!parsed.ok) throw new Error('profile refused');
    expect(summarizeSheet(a, { profile: parsed.profile }).byUnit.map((u) => u.unit)).toContain('市发展改革委');
  });

  it('refuses a malformed alias list with the path of the bad field', () => {
    const bad = validateProfile({ ...DEFAULT_PROFILE, unitAliases: { 省发展改革委: '省发改委' } }, 'en-US');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path).toBe('unitAliases.省发展改革委');
  });

  it('lists names that might be one unit, and leaves different units alone', () => {
    const pairs = nearDuplicates(['省发展改革委', '省发改委', '省住房城乡建设厅', '省住建厅', '省财政厅', '市财政局', '省林业局', '省农业局',
      '省商务厅（省口岸办）', '省商务厅', '省委', '省委宣传部']).map((d) => d.units);
    expect(pairs).toEqual([['省发展改革委', '省发改委'], ['省住房城乡建设厅', '省住建厅'], ['省商务厅（省口岸办）', '省商务厅']]);
  });

  it('reports near-duplicates that are counted apart in the summary', () => {
    const a = analyzeSheet(snapshot([['序号', '重点任务', '牵头单位'], [1, '甲', '省文物局'], [2, '乙', '省文化文物局']], [], '台账'));
    if (a.status !== 'checked') throw new Error('not checked');
    expect(summarizeSheet(a).nearDuplicates.map((d) => d.units)).toEqual([['省文物局', '省文化文物局']]);
  });
});
