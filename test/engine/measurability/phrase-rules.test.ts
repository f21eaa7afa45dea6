import { classifyTarget } from '../../../src/engine/measurability';
import type { MeasurableKind } from '../../../src/engine/measurability';

type Case = [string, MeasurableKind | null];

/** null: not measurable; a kind: measurable with that kind among its kinds. */
function check(text: string, kind: MeasurableKind | null): void {
  const m = classifyTarget(text);
  expect(m.measurable).toBe(kind !== null);
  if (kind !== null) expect(m.kinds).toContain(kind);
  for (const e of m.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
}

describe('doubling is a rate', () => {
  it.each<Case>([
    ['力争全市工业产值翻两番', 'rate'],
    ['农村居民收入实现翻番', 'rate'],
    ['专精特新企业数量倍增', 'rate'],
    ['数字经济规模实现倍增', 'rate'],
    ['深入实施高新企业倍增计划', null],
    ['启动科技型企业双倍增行动', null],
    ['推进收入翻番工程', null],
  ])('%s -> %s', check);
});

describe('a ranking is a quantity', () => {
  it.each<Case>([
    ['营商环境评价进入全省前五', 'quantity'],
    ['争取综合排名位列全市第2位', 'quantity'],
    ['稳居全国同类园区第一', 'quantity'],
    ['跻身全国百强区前30名', 'quantity'],
    ['综合排名进入全国前十(牵头单位:省发展改革委)', 'quantity'],
    ['综合排名进入全国前十（责任单位：市发改委）', 'quantity'],
    ['保持前三季度良好增长态势', null],
    ['工业增速保持全省第一方阵', null],
    ['位列全省前列', null],
    ['保持第三产业平稳增长', null],
  ])('%s -> %s', check);
});

describe('licences obtained and facilities opened are milestones', () => {
  it.each<Case>([
    ['安置房项目取得建设工程规划许可证', 'milestone'],
    ['年内获得药品生产许可证', 'milestone'],
    ['市科技馆新馆正式对外开放', 'milestone'],
    ['运河文化公园对外开放', 'milestone'],
    ['进一步扩大对外开放', null],
    ['推动开发区对外开放', null],
    ['提高对外开放水平', null],
    ['完善许可证管理', null],
  ])('%s -> %s', check);
});

describe('a number of management levels is a quantity', () => {
  it.each<Case>([
    // The fifty-sixth blind set.
    ['管理层级压减至三级以内', 'quantity'],
    ['法人层级控制在4级以内', 'quantity'],
    ['减少管理层级，提高决策效率', null],
    ['推动县医院达到三级医院服务能力', null],
  ])('%s -> %s', check);
});
