import type { ColumnBlock, PlanValue, WritePlan } from '../../engine';

/**
 * A vertical run of cells one write covers: a header cell (with its merge) or a block's defined
 * values. It is a plan block cut where the block has holes (undefined = leave the cell alone).
 */
export interface PlannedRun extends ColumnBlock {
  header?: { created: boolean; rowSpan: number; styleFrom: { row: number; col: number } | null; width: number };
}

/**
 * Splits the plan's column headers and blocks into runs of cells to capture and write. Only a
 * column TaskLedger adds gets a header: an existing one keeps its person's header (the plan's
 * header row is the top header row, which in a two-row header holds a group label such as
 * "责任单位" above the column's own label).
 */
export function planRuns(plan: WritePlan): PlannedRun[] {
  const runs: PlannedRun[] = [];
  for (const c of plan.columns) {
    if (!c.created) continue;
    const span = Math.max(1, c.header.rowSpan);
    const values: (PlanValue | undefined)[] = [c.header.text, ...Array.from({ length: span - 1 }, () => undefined)];
    runs.push({
      col: c.col, startRow: c.header.row, values,
      header: { created: c.created, rowSpan: span, styleFrom: c.header.styleFrom, width: c.width },
    });
  }
  for (const b of plan.blocks) {
    let start = -1;
    const flush = (end: number): void => {
      if (start < 0) return;
      runs.push({
        col: b.col, startRow: b.startRow + start, values: b.values.slice(start, end),
        ...(b.numberFormat ? { numberFormat: b.numberFormat } : {}),
        ...(b.wrapText ? { wrapText: true } : {}),
        ...(b.bordersFromCol !== undefined ? { bordersFromCol: b.bordersFromCol } : {}),
      });
      start = -1;
    };
    b.values.forEach((v, i) => {
      if (v === undefined) flush(i);
      else if (start < 0) start = i;
    });
    flush(b.values.length);
  }
  return runs;
}

/** Splits a run into pieces of at most `budget` bytes, each row costing rowBytes(row) (at least one row a piece). */
export function sliceRun(run: PlannedRun, budget: number, rowBytes: (row: number) => number): PlannedRun[] {
  const out: PlannedRun[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < run.values.length; i++) {
    const b = rowBytes(run.startRow + i);
    if (i > start && bytes + b > budget) {
      out.push({ ...run, startRow: run.startRow + start, values: run.values.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (start < run.values.length || run.values.length === 0) out.push({ ...run, startRow: run.startRow + start, values: run.values.slice(start) });
  return out;
}
