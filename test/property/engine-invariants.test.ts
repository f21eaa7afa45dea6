import fc from 'fast-check';
import type { SheetSnapshot } from '../../src/engine';
import { SheetModel, analyzeSheet, buildWritePlan } from '../../src/engine';
import { applyToSnapshot } from '../support/apply-to-snapshot';
import { sheetArbitrary } from './arbitrary-sheet';

/** Fixed seed and a run budget that fits CI: the same sheets every run. */
const RUNS = { seed: 20261123, numRuns: 150 };

const sheet = sheetArbitrary;

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
