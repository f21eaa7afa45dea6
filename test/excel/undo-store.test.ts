import { FakeExcel, loadGrid } from '../../src/excel-fake';
import type { StoredState } from '../../src/excel/undo/undo-store';
import { readUndoStore, undoStoreWrites } from '../../src/excel/undo/undo-store';
import { runWrites } from '../../src/excel/apply/run-writes';

/** A store whose column B is cut into cells so that the second cell starts with `start`. */
function storeStartingCellWith(start: string): StoredState {
  const spec = (formula: string) => ({ ranges: ['A1'], formula, fill: '#FFFFFF', fontColor: '#000000' });
  const prefix = JSON.stringify({ S: [spec('')] }).indexOf('"formula":"') + '"formula":"'.length;
  const state: StoredState = { log: null, cfs: { S: [spec(`${'x'.repeat(30_000 - prefix)}${start}后面的文字`)] }, summaries: {} };
  expect(JSON.stringify(state.cfs).slice(30_000).startsWith(start)).toBe(true);
  return state;
}

describe('the undo store', () => {
  test.each(['=SUM(A1)', '-5', "'引号", '123', 'TRUE', '#N/A'])('keeps a chunk of its JSON that starts with %s as text', async (start) => {
    const excel = new FakeExcel();
    loadGrid(excel, { name: 'S', values: [['a']] });
    const state = storeStartingCellWith(start);
    const back = await excel.host().run({ delayForCellEdit: true }, async (context) => {
      await runWrites(context, undoStoreWrites(state, false), { timeoutMs: 1000 });
      return readUndoStore(context, { timeoutMs: 1000 });
    });
    expect(back).toEqual(state);
  });
});
