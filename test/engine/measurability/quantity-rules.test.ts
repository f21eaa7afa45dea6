import type { Case } from './check-case';
import { check } from './check-case';

describe('"一次" after a minimum or a frequency is a count', () => {
  it.each<Case>([
    ['每季度至少组织一次应急演练', true],
    ['每年开展一次消防安全大检查', true],
    ['全年举办现场观摩会不少于一场', true],
    ['每周召集一次调度例会', true],
    ['开展一次全面排查', false],
    ['组织一次专项检查', false],
  ])('%s -> %s', check);
});

describe('数十/几十 are vague, 近千/上百/逾千/超千 are figures', () => {
  it.each<Case>([
    ['新招引外资企业数十家', false],
    ['新培育农业龙头企业几十家', false],
    ['带动农户近千户增收', true],
    ['新增市场主体上百家', true],
    ['培训技能人才逾千人次', true],
    ['引进高层次人才超千名', true],
    ['新增规上企业百余家', true],
  ])('%s -> %s', check);
});
