import fc from 'fast-check';
import type { CellValue, MergedArea, SheetSnapshot } from '../../src/engine';
import { DEFAULT_PROFILE, SheetModel, analyzeSheet, buildWritePlan } from '../../src/engine';
import { applyToSnapshot } from '../support/apply-to-snapshot';

/** Fixed seed and a run budget that fits CI: the same sheets every run. */
const RUNS = { seed: 20261123, numRuns: 150 };

const HEADERS = [
  ...Object.values(DEFAULT_PROFILE.roles).flatMap((r) => r?.synonyms.slice(0, 3) ?? []),
  '联系人', '联系电话', '督办级别', '备 注', '工作\n体系', '序　号',
];
const TEXTS = [
  '完成投资290亿元', '1-9月完成投资215.3亿元，完成年度计划的74.2%', '持续推进社会信用体系建设', '出台《临江市养老服务办法》',
  '已印发《临江市养老服务办法》', '市发改委、市财政局', '市交通局牵头，市财政局配合', '/', '待定', '按时推进', '进度滞后', '已完成',
  '按期推进', '85%', '0.5', '一、重点工作', '2024年目标', '牵头单位：省发展改革委', '（责任单位：省教育厅）', '😀🚀 emoji 𠮷',
  '=SUM(A1:A3)', '<script>alert(1)</script>', 'Ｆｕｌｌ－ｗｉｄｔｈ　１２３．５', '6月底前建成并投运', '\n\n', '   ',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 100000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 30 }).map((n) => String(n)) },
  { weight: 1, arbitrary: fc.constantFrom('长'.repeat(32767), '1.完成投资100亿元\n2.新增就业1万人\n'.repeat(800)) },
);

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    titleRows: fc.integer({ min: 0, max: 3 }),
    header: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 9 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 10 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 3 }) }),
      { maxLength: 5 },
    ),
    duplicate: fc.boolean(),
  })
  .map(({ titleRows, header, rows, merges, duplicate }) => {
    const values: CellValue[][] = [];
    for (let i = 0; i < titleRows; i++) values.push(i === 0 ? ['临江市重点工作进展情况（截至三季度）'] : []);
    values.push(header);
    values.push(...rows);
    if (duplicate && rows.length > 0) values.push([...(rows[0] ?? [])]);
    // Non-overlapping merges only, as Excel allows.
    const taken = new Set<string>();
    const areas: MergedArea[] = [];
    for (const m of merges) {
      const area = { top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w };
      if (area.bottom === area.top && area.right === area.left) continue;
      const cells: string[] = [];
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) cells.push(`${r},${c}`);
      if (cells.some((k) => taken.has(k))) continue;
      cells.forEach((k) => taken.add(k));
      areas.push(area);
    }
    return { name: '台账', values, merges: areas };
  });

function planFor(s: SheetSnapshot) {
  const a = analyzeSheet(s, { asOf: '2024-09-30' });
  return a.status === 'checked' ? { a, plan: buildWritePlan(a, new SheetModel(s), 'zh-CN') } : null;
}

describe('engine invariants over generated sheets', () => {
  it('generates sheets that are ledgers often enough to mean something', () => {
    const samples = fc.sample(sheet, { seed: RUNS.seed, numRuns: RUNS.numRuns });
    const checked = samples.map(planFor).filter((r) => r !== null);
    expect(checked.length).toBeGreaterThan(RUNS.numRuns / 3);
    expect(checked.some((r) => r.plan.columns.some((c) => c.key === 'status'))).toBe(true);
    expect(checked.some((r) => r.a.findings.length > 0)).toBe(true);
  });

  it('never throws, and the plan writes only TaskLedger’s own columns, never over a person’s value', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const result = planFor(s);
        if (!result) return;
        const { plan } = result;
        const model = new SheetModel(s);
        const own = new Set(plan.columns.map((c) => c.col));
        for (const b of plan.blocks) expect(own.has(b.col)).toBe(true);
        for (const c of plan.columns) {
          const block = plan.blocks.find((b) => b.col === c.col);
          if (c.created) {
            // A created column was empty from the header down, merges included.
            for (let r = c.header.row; r <= model.rowCount; r++) {
              expect(model.raw(r, c.col)).toBeNull();
              expect(model.mergeOf(r, c.col)).toBeNull();
            }
          } else if (c.key !== 'comments' && block) {
            // In a person's ratio/status column, only empty cells are filled.
            block.values.forEach((v, i) => {
              if (v !== undefined) expect([block.startRow + i, model.raw(block.startRow + i, c.col)]).toEqual([block.startRow + i, null]);
            });
          }
        }
      }),
      RUNS,
    );
  });

  it('is a fixed point: checking the result again writes the same values', () => {
    fc.assert(
      fc.property(sheet, (s) => {
        const first = planFor(s);
        if (!first) return;
        const once = applyToSnapshot(s, first.plan);
        const second = planFor(once);
        expect(second).not.toBeNull();
        if (!second) return;
        const twice = applyToSnapshot(once, second.plan);
        expect(twice.values).toEqual(once.values);
        expect(second.plan.columns.map((c) => [c.key, c.col])).toEqual(first.plan.columns.map((c) => [c.key, c.col]));
      }),
      RUNS,
    );
  });
});
