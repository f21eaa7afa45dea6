import { DEFAULT_THRESHOLDS, judgeLevel, levelOf, wordFor } from '../../src/engine/schedule/status-level';

describe('status levels', () => {
  it.each([
    [1, 0.75, true, 'done'],
    [1.2, 0.5, true, 'done'],
    [0.9, 0.75, true, 'ahead'],
    [0.85, 0.75, true, 'onTrack'],
    [0.75, 0.75, true, 'onTrack'],
    [0.7, 0.75, true, 'onTrack'],
    [0.65, 0.75, true, 'partlyBehind'],
    [0.6, 0.75, true, 'partlyBehind'],
    [0.6, 0.75, false, 'behind'],
    [0.4, 0.75, true, 'behind'],
    [0, 0.25, true, 'behind'],
  ] as const)('ratio %d at 序时进度 %d (部分滞后 in vocabulary: %s) → %s', (ratio, expected, partly, level) => {
    expect(judgeLevel(ratio, expected, DEFAULT_THRESHOLDS, partly)).toBe(level);
  });

  it('reads the words of either template', () => {
    expect(levelOf('按时推进')).toBe('onTrack');
    expect(levelOf('正常推进')).toBe('onTrack');
    expect(levelOf(' 进度 滞后 ')).toBe('behind');
    expect(levelOf('基本完成')).toBe('done');
    expect(levelOf('按期推进')).toBeNull();
  });

  it('writes the words the sheet uses', () => {
    const cityTemplate = ['已完成', '正常推进', '滞后', '未启动'];
    expect(wordFor('onTrack', cityTemplate)).toBe('正常推进');
    expect(wordFor('behind', cityTemplate)).toBe('滞后');
    expect(wordFor('partlyBehind', cityTemplate)).toBe('滞后');
    expect(wordFor('ahead', cityTemplate)).toBe('正常推进');
    expect(wordFor('ahead', ['已完成', '进度较快', '按时推进'])).toBe('进度较快');
    expect(wordFor('onTrack', ['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后'])).toBe('按时推进');
  });
});
