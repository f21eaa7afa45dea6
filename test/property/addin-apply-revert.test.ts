import fc from 'fast-check';
import { columnLetter } from '../../src/engine';
import type { FakeExcel, WorkbookDump } from '../../src/excel-fake';
import { UNDO_SHEET, checkSheet, revertLast } from '../../src/excel';
import type { UndoLog } from '../../src/excel/undo/undo-log';
import type { PlannedCell } from './addin-workbook';
import { loadWorkbook, plannedCells, snapshot, withoutUndoStore } from './addin-workbook';
import { workbookArbitrary } from './arbitrary-workbook';

/** One check time for every check: a second check then differs in nothing, the summary's 生成时间 included. */
const NOW = new Date(2026, 10, 23, 9, 30);

/**
 * Fixed seed (the same workbooks every run) and a budget that keeps this file well under a minute on
 * 2 cores. TASKLEDGER_PROPERTY_SEED / TASKLEDGER_PROPERTY_RUNS explore further by hand.
 */
const RUNS = {
  seed: Number(process.env.TASKLEDGER_PROPERTY_SEED ?? 20261123),
  numRuns: Number(process.env.TASKLEDGER_PROPERTY_RUNS ?? 150),
};
const TIMEOUT_MS = 120_000;

/** What the cell holds now, as the plan would have it: a constant, or a mark for a formula or an error value. */
function stored(excel: FakeExcel, c: PlannedCell): unknown {
  const cell = excel.state.sheet(c.sheet)?.cell(c.row, c.col);
  if (cell?.formula !== undefined) return { formula: cell.formula };
  if (cell?.error) return { error: cell.value };
  return cell?.value ?? null;
}

function formulaBefore(before: WorkbookDump, c: PlannedCell): string | undefined {
  return before.sheets.find((s) => s.name === c.sheet)?.formulas[`${columnLetter(c.col)}${c.row}`];
}

/** The undo log the check left in the workbook (column A of the very hidden store). */
function storedLog(excel: FakeExcel): UndoLog | null {
  const store = excel.state.sheet(UNDO_SHEET);
  if (!store) return null;
  let text = '';
  for (let row = 1; store.cell(row, 1) !== undefined; row++) text += String(store.value(row, 1));
  return text ? (JSON.parse(text) as UndoLog) : null;
}

describe('the add-in over generated workbooks (in-memory Excel)', () => {
  it('generates workbooks that reach the cases that matter', async () => {
    const seen = {
      applied: 0, renamedSummary: 0, formulaKept: 0, overwrote: 0, quoted: 0, merged: 0, notesWritten: 0, noteOnNotedCell: 0, staleNoteDeleted: 0,
    };
    for (const w of fc.sample(workbookArbitrary, RUNS)) {
      const excel = loadWorkbook(w);
      const before = snapshot(excel);
      const out = await checkSheet(excel.host(), { now: NOW });
      const log = storedLog(excel);
      if (!out.applied || !out.plan || !log) continue;
      seen.applied++;
      if (out.plan.summarySheets.some((s) => s.name !== '汇总' && s.name !== 'Summary')) seen.renamedSummary++;
      if (plannedCells(out.plan).some((c) => formulaBefore(before, c) !== undefined)) seen.formulaKept++;
      if (log.runs.some((r) => r.before.some((v, i) => v !== '' && r.after[i] !== null))) seen.overwrote++;
      if (log.runs.some((r) => (r.quoted ?? []).length > 0)) seen.quoted++;
      if (log.merges.length > 0) seen.merged++;
      if (out.applied.notesWritten > 0) seen.notesWritten++;
      const notesBefore = before.sheets.find((sh) => sh.name === out.plan?.sheet)?.notes ?? {};
      if (out.plan.notes.some((n) => notesBefore[`${columnLetter(n.col)}${n.row}`] !== undefined)) seen.noteOnNotedCell++;
      if (log.notes.some((n) => n.after === null)) seen.staleNoteDeleted++;
    }
    expect(seen.applied).toBeGreaterThan(RUNS.numRuns / 3);
    for (const [what, n] of Object.entries(seen)) expect([what, n > 0]).toEqual([what, true]);
  }, TIMEOUT_MS);

  it('check writes exactly the planned values; revert then restores the workbook exactly', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArbitrary, async (w) => {
        const excel = loadWorkbook(w);
        const before = snapshot(excel);
        const out = await checkSheet(excel.host(), { now: NOW });
        if (!out.applied || !out.plan) {
          expect(snapshot(excel)).toEqual(before);
          await expect(revertLast(excel.host())).rejects.toMatchObject({ code: 'no-undo' });
          expect(snapshot(excel)).toEqual(before);
          return;
        }
        // Each planned value is stored exactly as planned (not read as a number, formula or date),
        // except in a cell holding a person's formula, which is left as it was.
        for (const c of plannedCells(out.plan)) {
          const formula = formulaBefore(before, c);
          const expected = formula !== undefined ? { formula } : c.value === '' ? null : c.value;
          expect({ ...c, now: stored(excel, c) }).toEqual({ ...c, now: expected });
        }
        const reverted = await revertLast(excel.host());
        expect(reverted.skipped).toEqual([]);
        expect(snapshot(excel)).toEqual(before);
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('a second check changes nothing (with overwriting on: a third changes nothing), and check → revert → check ends as the first check did', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArbitrary, async (w) => {
        const excel = loadWorkbook(w);
        const first = await checkSheet(excel.host(), { now: NOW });
        if (!first.applied) return;
        const once = withoutUndoStore(snapshot(excel));
        await revertLast(excel.host());
        await checkSheet(excel.host(), { now: NOW });
        expect(withoutUndoStore(snapshot(excel))).toEqual(once);
        const second = await checkSheet(excel.host(), { now: NOW });
        expect(second.plan?.columns.map((c) => [c.key, c.col])).toEqual(first.plan?.columns.map((c) => [c.key, c.col]));
        if (first.settings.judging.overwrite) {
          // Overwriting (the pane's option) replaces a person's stated status or ratio, so the findings
          // about those values go with them on the next check: it settles there, one check later.
          const twice = withoutUndoStore(snapshot(excel));
          await checkSheet(excel.host(), { now: NOW });
          expect(withoutUndoStore(snapshot(excel))).toEqual(twice);
        } else {
          expect(withoutUndoStore(snapshot(excel))).toEqual(once);
        }
      }),
      RUNS,
    );
  }, TIMEOUT_MS);

  it('check → a person edits a lead unit → check → revert ends as the first check did, with the person’s edit', async () => {
    await fc.assert(
      fc.asyncProperty(workbookArbitrary, async (w) => {
        const excel = loadWorkbook(w);
        const first = await checkSheet(excel.host(), { now: NOW });
        if (!first.applied || first.analysis.status !== 'checked') return;
        // The edit changes the summary the second check writes (another unit, other widths and tables).
        const lead = first.analysis.columns.roles.lead?.col;
        const row = first.analysis.records.find((r) => r.kind === 'task')?.row;
        if (lead !== undefined && row !== undefined) excel.state.sheet(w.ledger)?.setValue(row, lead, '临江市新设单位');
        const edited = withoutUndoStore(snapshot(excel));
        await checkSheet(excel.host(), { now: NOW });
        const reverted = await revertLast(excel.host());
        expect(reverted.skipped).toEqual([]);
        expect(withoutUndoStore(snapshot(excel))).toEqual(edited);
      }),
      RUNS,
    );
  }, TIMEOUT_MS);
});
