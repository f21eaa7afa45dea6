import type { CellValue, CheckedSheet } from '../../src/engine';
import { DEFAULT_PROFILE, analyzeSheet } from '../../src/engine';
import { snapshot } from '../support/snapshot';

function check(values: CellValue[][], merges: string[] = [], profile = DEFAULT_PROFILE): CheckedSheet {
  const a = analyzeSheet(snapshot(values, merges, '台账'), { profile });
  if (a.status !== 'checked') throw new Error(`skipped: ${a.reason}`);
  return a;
}

/** The foundation's checks; measurability and completion findings have tests of their own. */
const FOUNDATION = new Set(['sheet/column-missing', 'lead/missing', 'lead/no-column', 'task/missing', 'seq/duplicate', 'progress/missing', 'status/invalid']);
const foundation = (a: CheckedSheet) => a.findings.filter((f) => FOUNDATION.has(f.code));
const codes = (a: CheckedSheet) => foundation(a).map((f) => `${f.code}@${f.cell ?? '-'}`);

describe('rows', () => {
  it('turns band rows into groups and skips blank rows', () => {
    const a = check(
      [
        ['序号', '重点工作', '责任单位'],
        ['一、省长主抓重点工作'],
        [1, '稳企业', '省发展改革委'],
        [null, null, null],
        ['   ', '\n', null],
        ['二、民生实事'],
        [1, '新增托位', '省卫生健康委'],
      ],
      ['A2:C2'],
    );
    expect(a.groups.map((g) => g.text)).toEqual(['一、省长主抓重点工作', '二、民生实事']);
    expect(a.records.map((r) => [r.row, r.group])).toEqual([
      [3, '一、省长主抓重点工作'],
      [7, '二、民生实事'],
    ]);
    expect(codes(a)).toEqual([]);
  });

  it('reads a band row written in the 序号 column without a merge', () => {
    const a = check([['序号', '重大任务', '责任处室'], ['2024年目标', null, null], [1, '任务', '地区处']]);
    expect(a.groups).toEqual([{ row: 2, text: '2024年目标' }]);
    expect(a.counts.tasks).toBe(1);
  });

  it('makes rows under a merged 序号/目标名称 indicator rows of one task', () => {
    const a = check(
      [
        ['序号', '目标名称', '考核指标', '年度完成情况', '年度完成工作量'],
        [1, '扩大有效投资', '完成投资290亿元', '完成315亿元', '100%'],
        [null, null, '新开工项目40个', '新开工42个', '100%'],
        [null, null, '竣工项目20个', '竣工18个', '90%'],
        [2, '稳就业', '新增就业8万人', '新增8.6万人', '100%'],
      ],
      ['A2:A4', 'B2:B4'],
    );
    expect(a.records.map((r) => [r.row, r.kind, r.parentRow, r.task])).toEqual([
      [2, 'task', null, '扩大有效投资'],
      [3, 'subitem', 2, '扩大有效投资'],
      [4, 'subitem', 2, '扩大有效投资'],
      [5, 'task', null, '稳就业'],
    ]);
    expect(a.counts).toMatchObject({ tasks: 2, subitems: 2 });
  });

  it('makes a row without its own 序号 a sub-item of the task above', () => {
    const a = check([
      ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'],
      [1, '推进老旧小区改造', '已开工12个', '市住建局', '按时推进'],
      [null, '其中：加装电梯', '已加装30台', '', '按时推进'],
    ]);
    expect(a.records[1]).toMatchObject({ kind: 'subitem', parentRow: 2, leadUnits: ['市住建局'], leadSource: 'parent' });
    expect(codes(a)).toEqual([]);
  });

  it('reads lead units from the task text and from a following unit row', () => {
    const a = check([
      ['序号', '重点工作', '责任单位'],
      [1, '建设普惠托育机构（责任单位：省卫生健康委）', ''],
      [2, '稳企业、防风险', null],
      [null, '牵头单位：省发展改革委、省经信厅', null],
      [3, '推进数字化改革', null],
    ]);
    expect(a.records.map((r) => [r.row, r.leadUnits, r.leadSource, r.extraRows])).toEqual([
      [2, ['省卫生健康委'], 'task-text', []],
      [3, ['省发展改革委', '省经信厅'], 'unit-row', [4]],
      [5, [], 'none', []],
    ]);
    expect(codes(a)).toEqual(['lead/missing@C5']);
  });
});

describe('checks', () => {
  const header = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];

  it('flags missing leads, placeholders included, at the lead cell', () => {
    const a = check([
      header,
      [1, '任务一', '进展', '', '按时推进'],
      [2, '任务二', '进展', '/', '按时推进'],
      [3, '任务三', '进展', ' \n ', '按时推进'],
      [4, '任务四', '进展', '待定', '按时推进'],
      [5, '任务五', '进展', '市发改委', '按时推进'],
    ]);
    expect(codes(a)).toEqual(['lead/missing@D2', 'lead/missing@D3', 'lead/missing@D4', 'lead/missing@D5']);
    expect(foundation(a).every((f) => f.severity === 'error')).toBe(true);
    expect(foundation(a)[1]?.params.value).toBe('/');
  });

  it('flags a missing lead at the task cell when other tasks name their units inline', () => {
    const a = check([['序号', '重点任务'], [1, '推进改革'], [2, '建设学校（责任单位：省教育厅）']]);
    expect(codes(a)).toEqual(['lead/missing@B2']);
    expect(foundation(a)[0]?.params.hasLeadColumn).toBe(0);
  });

  it('notes once, not per row, a sheet with no lead column that names no unit at all', () => {
    const a = check([['序号', '目标名称', '考核指标'], [1, '扩大投资', '完成投资100亿元'], [2, '稳就业', '新增就业1万人']]);
    expect(foundation(a).map((f) => [f.code, f.severity, f.row])).toEqual([['lead/no-column', 'info', null]]);
  });

  it('flags an empty task, a duplicate 序号, missing progress and an invalid status', () => {
    const a = check([
      header,
      [1, '任务一', '进展', '市发改委', '按期推进'],
      [2, '', '进展', '市发改委', '按时推进'],
      [2, '任务三', '—', '市发改委', '进度滞后'],
    ]);
    expect(codes(a)).toEqual([
      'status/invalid@E2',
      'task/missing@B3',
      'seq/duplicate@A4',
      'progress/missing@C4',
    ]);
    const status = foundation(a)[0];
    expect(status?.params.closest).toBe('按时推进');
    expect(foundation(a)[2]?.params.firstRow).toBe(3);
    expect(foundation(a).map((f) => f.severity)).toEqual(['warning', 'error', 'warning', 'warning']);
  });

  it('treats 1, "1" and "1." as the same 序号 but allows numbering to restart per group', () => {
    const a = check([
      ['序号', '重点工作', '责任单位'],
      ['一、第一类'],
      [1, '甲', '单位甲'],
      ['1.', '乙', '单位乙'],
      ['二、第二类'],
      [1, '丙', '单位丙'],
    ], ['A2:C2', 'A5:C5']);
    expect(codes(a)).toEqual(['seq/duplicate@A4']);
  });

  it('does not flag progress where the sheet has no progress column', () => {
    const a = check([['序号', '重点工作', '责任单位'], [1, '甲', '单位甲']]);
    expect(a.counts.byCode['progress/missing']).toBeUndefined();
  });

  it('follows the profile: rules off, severities changed, custom vocabulary', () => {
    const profile = {
      ...DEFAULT_PROFILE,
      statusValues: ['正常', '滞后'],
      rules: { ...DEFAULT_PROFILE.rules, 'lead/missing': { enabled: true, severity: 'warning' as const },
        'progress/missing': { enabled: false, severity: 'warning' as const } },
    };
    const a = check([header, [1, '任务', '', '', '按时推进']], [], profile);
    expect(foundation(a).map((f) => [f.code, f.severity])).toEqual([
      ['lead/missing', 'warning'],
      ['status/invalid', 'warning'],
    ]);
  });

  it('reports a required column that is missing', () => {
    const a = analyzeSheet(snapshot([['序号', '考核指标', '牵头单位'], [1, '完成投资100亿元', '市发改委']]));
    expect(a.status).toBe('checked');
    if (a.status === 'checked') expect(codes(a)).toContain('sheet/column-missing@-');
  });

  it('carries Excel error values as data without throwing', () => {
    const a = check([header, [1, { error: '#N/A' }, { error: '#REF!' }, '市发改委', '按时推进']]);
    expect(a.records[0]?.task).toBe('#N/A');
  });

  it('skips a sheet without a header and an empty sheet', () => {
    expect(analyzeSheet(snapshot([['随便写的一段话']]))).toMatchObject({ status: 'skipped', reason: 'no-header' });
    expect(analyzeSheet(snapshot([]))).toMatchObject({ status: 'skipped', reason: 'empty' });
  });
});
