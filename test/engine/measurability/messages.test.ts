import { UNMEASURABLE_REASONS, MEASURABLE_KINDS } from '../../../src/engine/measurability';
import { measurabilityMessages } from '../../../src/i18n/measurability';

describe('measurability messages', () => {
  it.each(['zh-CN', 'en-US'] as const)('%s has a reason for every reason code and a label for every kind', (lang) => {
    const m = measurabilityMessages[lang];
    for (const r of UNMEASURABLE_REASONS) {
      expect(m.reason[r]({ verbs: ['推进'] }).length).toBeGreaterThan(5);
      expect(m.reason[r]({ verbs: [] }).length).toBeGreaterThan(5);
    }
    for (const k of MEASURABLE_KINDS) expect(m.kindLabel[k].length).toBeGreaterThan(0);
    expect(m.suggestion({ verbs: [] })).toMatch(/X/);
  });

  it('names the verbs in Chinese', () => {
    const zh = measurabilityMessages['zh-CN'];
    expect(zh.reason['directional-only']({ verbs: ['推进', '加强'] }))
      .toBe('仅有“推进、加强”等方向性表述，没有数量、比例、成果文件或完成节点');
    expect(zh.suggestion({ verbs: [] })).toBe('建议补充量化指标或完成时限，如“建成X个”“增长X%”“年底前出台《…》”');
    expect(zh.suggestion({ verbs: ['推进'] })).toContain('推进');
    expect(measurabilityMessages['en-US'].reason['directional-only']({ verbs: ['推进'] })).toContain('directional');
  });
});
