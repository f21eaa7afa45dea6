import fc from 'fast-check';
import type { CheckedSheet, SheetSummary } from '../../src/engine';
import { DEFAULT_PROFILE, analyzeSheet, sheetReport, summarizeSheet, unitKey } from '../../src/engine';
import { snapshot } from '../support/snapshot';
import type { GenTask } from './generated-ledger';
import { STATUS_WORDS, genTask, ledgerRows, unitOf } from './generated-ledger';

function check(tasks: readonly GenTask[]): CheckedSheet {
  const a = analyzeSheet(snapshot(ledgerRows(tasks).values, [], '台账'));
  if (a.status !== 'checked') throw new Error('not checked');
  return a;
}

const sum = (ns: number[]): number => ns.reduce((a, b) => a + b, 0);
const rowOf = (s: SheetSummary, unit: string | null) =>
  s.byUnit.find((r) => (unit === null ? r.unit === null : r.unit !== null && unitKey(r.unit) === unitKey(unit)));

describe('summary by lead unit, cross-checked against the row data of generated sheets', () => {
  it('counts every task once, under its lead unit (aliases merged), and the counts add up', () => {
    fc.assert(
      fc.property(fc.array(genTask, { minLength: 1, maxLength: 25 }), (tasks) => {
        const sheet = check(tasks);
        const s = summarizeSheet(sheet);
        // The engine reads the generated tasks and sub-items as such.
        expect(sheet.records.filter((r) => r.kind === 'task')).toHaveLength(tasks.length);
        expect(s.totals.tasks).toBe(tasks.length);
        expect(sum(s.byUnit.map((u) => u.tasks))).toBe(tasks.length);
        // Per unit: the tasks whose first listed unit is that unit (under any spelling).
        const expected = new Map<string | null, number>();
        for (const t of tasks) expected.set(unitOf(t.lead), (expected.get(unitOf(t.lead)) ?? 0) + 1);
        for (const [unit, n] of expected) expect([unit, rowOf(s, unit)?.tasks]).toEqual([unit, n]);
        expect(s.byUnit).toHaveLength(expected.size);
        // Per unit and overall, the status columns add up to the tasks.
        for (const u of s.byUnit) expect(sum(Object.values(u.byStatus))).toBe(u.tasks);
        expect(sum(Object.values(s.totals.byStatus))).toBe(tasks.length);
        // Per status level: the stated words, 正常推进 with 按时推进 and 滞后 with 进度滞后.
        const levels = new Map<string, number>();
        for (const t of tasks) {
          const level = STATUS_WORDS[t.status]?.[1] ?? 'none';
          levels.set(level, (levels.get(level) ?? 0) + 1);
        }
        for (const [level, n] of levels) expect([level, s.totals.byStatus[level as 'none']]).toEqual([level, n]);
        // Tasks without a lead unit have a row of their own, and are the missing-lead count.
        const noLead = tasks.filter((t) => t.lead === null).length;
        expect(rowOf(s, null)?.tasks ?? 0).toBe(noLead);
        expect(s.totals.missingLead).toBe(noLead);
        // Findings on task and sub-item rows are counted under the task's unit, once.
        const onRecords = sheet.findings.filter((f) => f.row !== null && sheet.records.some((r) => r.row === f.row)).length;
        expect(sum(s.byUnit.map((u) => u.findings))).toBe(onRecords);
        expect(s.totals.findings).toBe(onRecords);
        // Sorted by tasks, the no-lead row last.
        const named = s.byUnit.filter((u) => u.unit !== null).map((u) => u.tasks);
        expect(named).toEqual([...named].sort((a, b) => b - a));
        if (noLead > 0) expect(s.byUnit.at(-1)?.unit).toBeNull();
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('counts a task under every unit it lists with countBy "all"; the totals still count each task once', () => {
    fc.assert(
      fc.property(fc.array(genTask, { minLength: 1, maxLength: 20 }), (tasks) => {
        const s = summarizeSheet(check(tasks), { countBy: 'all' });
        expect(s.totals.tasks).toBe(tasks.length);
        const expected = new Map<string | null, number>();
        for (const t of tasks) {
          const units = new Set([t.lead, t.lead === null ? null : t.second, t.coop].filter((i) => i !== null).map((i) => unitOf(i)));
          for (const unit of units.size > 0 ? units : new Set([null])) expected.set(unit, (expected.get(unit) ?? 0) + 1);
        }
        for (const [unit, n] of expected) expect([unit, rowOf(s, unit)?.tasks]).toEqual([unit, n]);
        expect(sum(s.byUnit.map((u) => u.tasks))).toBeGreaterThanOrEqual(tasks.length);
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('shows each level under the sheet’s own word, 部分滞后 only where the sheet has it', () => {
    const onlyOld = summarizeSheet(check([
      { lead: 0, noLead: 0, second: null, coop: null, status: 3, subitems: 0 }, // 正常推进
      { lead: 0, noLead: 0, second: null, coop: null, status: 6, subitems: 0 }, // 滞后
    ]));
    expect(onlyOld.columns.map((c) => c.word)).toEqual(['已完成', '进度较快', '正常推进', '滞后', '']);
    const both = summarizeSheet(check([
      { lead: 0, noLead: 0, second: null, coop: null, status: 2, subitems: 0 }, // 按时推进
      { lead: 0, noLead: 0, second: null, coop: null, status: 3, subitems: 0 }, // 正常推进
      { lead: 0, noLead: 0, second: null, coop: null, status: 4, subitems: 0 }, // 部分滞后
    ]));
    expect(both.columns.map((c) => c.word)).toEqual(['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后', '']);
    expect(both.totals.byStatus.onTrack).toBe(2);
  });

  it('averages the completion ratio over tasks that have one, each at most 100%', () => {
    const a = analyzeSheet(snapshot([
      ['序号', '重点任务', '目标', '进展情况', '牵头单位'],
      [1, '新建学校', '新建学校10所', '已新建学校5所', '省教育厅'],
      [2, '新增托位', '新增托位100个', '新增托位150个', '省教育厅'],
      [3, '推进改革', '深化改革', '稳步推进', '省教育厅'],
    ], [], '台账（上半年）'));
    if (a.status !== 'checked') throw new Error('not checked');
    const s = summarizeSheet(a);
    const unit = s.byUnit[0];
    expect(unit?.ratioTasks).toBe(2);
    expect((unit?.ratioSum ?? 0) / (unit?.ratioTasks ?? 1)).toBeCloseTo(0.75, 5);
    expect(unit?.unmeasurable).toBe(1);
    const report = sheetReport(a, 'zh-CN', s).summary;
    expect(report?.byUnit[0]).toMatchObject({ unit: '省教育厅', tasks: 3, avgRatio: 0.75, ratioTasks: 2, unmeasurable: 1 });
    expect(report?.totals.tasks).toBe(3);
  });

  it('reports the same figures as the summary, keyed by the sheet’s words', () => {
    const sheet = check([
      { lead: 1, noLead: 0, second: null, coop: null, status: 0, subitems: 1 },
      { lead: 0, noLead: 0, second: null, coop: null, status: 7, subitems: 0 },
      { lead: null, noLead: 1, second: null, coop: null, status: 5, subitems: 0 },
    ]);
    const report = sheetReport(sheet, 'zh-CN');
    expect(report.summary?.byUnit.map((u) => [u.unit, u.tasks, u.noLead])).toEqual([
      ['省发展改革委', 2, false], ['未明确牵头单位', 1, true],
    ]);
    expect(report.summary?.byStatus).toEqual({ 已完成: 1, 进度较快: 0, 按时推进: 0, 进度滞后: 1, none: 1 });
    expect(report.summary?.totals.tasks).toBe(report.counts?.tasks);
    expect(sheetReport(sheet, 'en-US').summary?.byUnit[1]?.unit).toBe('No lead unit');
    expect(DEFAULT_PROFILE.unitAliases?.['省发展改革委']).toContain('省发改委');
  });
});
