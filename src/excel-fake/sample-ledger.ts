import type { GridSheet, GridValue } from './grid';

const UNITS = ['省发展改革委', '省财政厅', '省交通运输厅', '省卫生健康委', '省教育厅', '省生态环境厅', '省商务厅'];
const STATUS = ['按时推进', '进度较快', '部分滞后', '按期推进', '已完成'];
const PHRASES = [
  '加快推进综合交通枢纽建设，完成年度投资计划', '深化营商环境改革，推动政务服务“一网通办”全覆盖',
  '新建改造城镇老旧小区300个，惠及居民4.5万户', '实施重大产业项目120个，完成投资6000亿元',
  '推进义务教育优质均衡发展，新增学位2.3万个', '完善基层医疗卫生服务体系，建成县域医共体',
];

function text(seed: number, min: number, max: number): string {
  let out = '';
  let i = seed;
  const target = min + (seed * 37) % (max - min + 1);
  while (out.length < target) {
    out += `${(i % 9) + 1}.${PHRASES[i % PHRASES.length] ?? ''}；`;
    i += 7;
  }
  return out.slice(0, target);
}

/**
 * A realistic ledger sheet: title row, header, `rows` task rows with 100–300 characters of
 * Chinese text in the task and progress cells, a few planted problems.
 */
export function ledgerGrid(rows: number, name = '台账'): GridSheet {
  const values: GridValue[][] = [
    ['江川省2024年重点工作进展情况（截至三季度）'],
    ['序号', '重点任务', '进展情况', '牵头单位', '进展状态'],
  ];
  for (let i = 1; i <= rows; i++) {
    const lead = i % 17 === 0 ? '' : UNITS[i % UNITS.length] ?? '';
    const status = STATUS[i % STATUS.length] ?? '';
    values.push([i, text(i, 100, 300), i % 23 === 0 ? '' : text(i + 3, 100, 300), lead, status]);
  }
  return { name, values, merges: ['A1:E1'] };
}
