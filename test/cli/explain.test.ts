import { explainLine } from '../../src/cli/explain';

describe('explainLine', () => {
  it('returns one JSON line with numbers, quantities, items and no reason for a measurable target', () => {
    const out = explainLine('1.全省开发区整合到150个以内。 2.出台高能级战略平台评审办法。', { json: true, lang: 'zh-CN' });
    expect(out).not.toContain('\n');
    const j = JSON.parse(out) as Record<string, unknown>;
    expect(j['measurable']).toBe(true);
    expect(j['kinds']).toEqual(['quantity', 'deliverable']);
    expect(j['numbers']).toEqual([{ text: '150', start: 10, end: 13, value: 150 }]);
    expect(j['quantities']).toEqual([
      { text: '150个', start: 10, end: 14, value: 150, unit: '个', kind: 'count', qualifier: 'atMost' },
    ]);
    expect((j['items'] as unknown[]).length).toBe(2);
    expect(j['reason']).toBeNull();
    expect(j['suggestion']).toBeNull();
    expect(Object.keys(j)).toEqual(['text', 'measurable', 'kinds', 'numbers', 'quantities', 'items', 'reason', 'suggestion']);
  });

  it('gives the reason and a suggestion in the chosen language', () => {
    const zh = JSON.parse(explainLine('继续推进开发区优化提升', { json: true, lang: 'zh-CN' })) as Record<string, unknown>;
    expect(zh['measurable']).toBe(false);
    expect(zh['reason']).toBe('仅有“推进、优化、提升”等方向性表述，没有数量、比例、成果文件或完成节点');
    expect(String(zh['suggestion'])).toContain('建议');
    const en = JSON.parse(explainLine('继续推进开发区优化提升', { json: true, lang: 'en-US' })) as Record<string, unknown>;
    expect(String(en['reason'])).toContain('directional');
    expect(String(en['suggestion'])).toContain('deadline');
  });

  it('prints a short human-readable block', () => {
    const zh = explainLine('全年“六个千亿”产业投资达到6000亿元以上', { json: false, lang: 'zh-CN' });
    expect(zh.split('\n')[0]).toBe('✓ 可考核: 全年“六个千亿”产业投资达到6000亿元以上');
    expect(zh).toContain('数量 “6000亿元” [14-20)');
    expect(zh).toContain('6000亿元 → 600000000000 元 [amount]');
    expect(zh).not.toContain('建议');
    const en = explainLine('加强统筹协调', { json: false, lang: 'en-US' });
    expect(en.split('\n')[0]).toBe('✗ not measurable: 加强统筹协调');
    expect(en).toContain('reason: Only directional wording');
    expect(en).toContain('suggestion:');
  });

  it('handles empty and hostile input', () => {
    expect(JSON.parse(explainLine('', { json: true, lang: 'zh-CN' }))['reason']).toBe('目标为空，无法考核');
    expect(() => explainLine('\u0000😀'.repeat(1000), { json: false, lang: 'en-US' })).not.toThrow();
  });
});
