import type { HangMode } from '../../src/excel-fake';
import { FakeExcel, dumpWorkbook, ledgerGrid, loadGrid } from '../../src/excel-fake';
import { checkSheet, revertLast } from '../../src/excel';
import { describeError } from '../../src/excel/ui/describe';
import { withoutStore } from './refusal';

const TIMEOUT = { timeoutMs: 30 };

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  loadGrid(excel, ledgerGrid(12));
  return excel;
}

/** How many syncs a whole check takes on this workbook (reading, capturing, the log, the writes). */
async function syncsOfACheck(): Promise<number> {
  const excel = workbook();
  await checkSheet(excel.host());
  return excel.stats.syncs;
}

async function failure(action: Promise<unknown>): Promise<{ code: string; zh: string }> {
  const err = await action.then(() => null, (e: unknown) => e);
  expect(err).not.toBeNull();
  return { code: (err as { code: string }).code, zh: describeError(err, 'zh-CN') };
}

describe('a sync that never returns, at any point of a check (in-memory Excel)', () => {
  test('the sheet ends unchanged or restored exactly, and the message says which', async () => {
    const total = await syncsOfACheck();
    const seen = new Set<string>();
    for (let n = 1; n <= total; n++) {
      for (const mode of ['before-apply', 'after-apply'] as HangMode[]) {
        const excel = workbook();
        const before = dumpWorkbook(excel);
        excel.hangSync(n, mode);
        const { code, zh } = await failure(checkSheet(excel.host(), TIMEOUT));
        seen.add(code);
        const where = { n, mode, code };
        if (code === 'timeout') {
          // Reading, capturing or writing the undo log: nothing reached a person's sheet.
          expect({ ...where, zh }).toEqual({ ...where, zh: 'Excel 在 1 秒内没有响应，检查未完成，工作表未作任何改动，请稍后重试' });
          expect({ ...where, now: withoutStore(dumpWorkbook(excel)) }).toEqual({ ...where, now: withoutStore(before) });
          // Whatever log made it into the store, undoing it leaves the workbook exactly as it was.
          await revertLast(excel.host(), TIMEOUT).catch((e: unknown) => expect(e).toMatchObject({ code: 'no-undo' }));
        } else {
          // Some writes may have gone in: they were undone at once from the log.
          expect({ ...where, zh }).toEqual({ ...where, zh: '写入“台账”时Excel 在 1 秒内没有响应，已自动撤销已写入的部分，工作表已恢复原样，请稍后重新检查' });
        }
        expect({ ...where, now: dumpWorkbook(excel) }).toEqual({ ...where, now: before });
      }
    }
    expect([...seen].sort()).toEqual(['timeout', 'write-undone']);
  });

  test('when the undo after a hang cannot run either, the user is told the sheet may be half-written; 撤销上次检查 then restores it', async () => {
    const total = await syncsOfACheck();
    const excel = workbook();
    const before = dumpWorkbook(excel);
    // The last write of the check hangs (its request ran), and so does the first sync of the undo.
    excel.hangSync(total, 'after-apply');
    excel.hangSync(total + 1);
    const { code, zh } = await failure(checkSheet(excel.host(), TIMEOUT));
    expect(code).toBe('write-partial');
    expect(zh).toBe('写入“台账”时Excel 在 1 秒内没有响应，工作表可能只写入了一部分。撤销记录已先行保存：请在 Excel 恢复响应后点击“撤销上次检查”，即可完全恢复原样');
    expect(dumpWorkbook(excel)).not.toEqual(before);
    const reverted = await revertLast(excel.host());
    expect(reverted.skipped).toEqual([]);
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('an error from Excel while writing (the sheet protected meanwhile) is reported, and the log restores the sheet once unprotected', async () => {
    const total = await syncsOfACheck();
    const excel = workbook();
    const before = dumpWorkbook(excel);
    excel.beforeSync = (n) => {
      const sheet = excel.state.sheet('台账');
      if (n === total && sheet) sheet.protected = true;
    };
    const { code, zh } = await failure(checkSheet(excel.host(), TIMEOUT));
    // The undo cannot write to a protected sheet either: the user hears the sheet may be half-written.
    expect(code).toBe('write-partial');
    expect(zh).toMatch(/^写入“台账”时出错（.+），工作表可能只写入了一部分。撤销记录已先行保存/u);
    excel.beforeSync = null;
    const sheet = excel.state.sheet('台账');
    if (sheet) sheet.protected = false;
    await revertLast(excel.host());
    expect(dumpWorkbook(excel)).toEqual(before);
  });

  test('a revert cut short by a hang says so, and a second revert ends with the sheet exactly as before the check', async () => {
    const excel = workbook();
    const before = dumpWorkbook(excel);
    await checkSheet(excel.host());
    const start = excel.stats.syncs;
    excel.resetStats();
    await revertLast(excel.host());
    const revertSyncs = excel.stats.syncs;
    for (let k = 1; k <= revertSyncs; k++) {
      const again = workbook();
      await checkSheet(again.host());
      again.hangSync(start + k, 'after-apply');
      const { code, zh } = await failure(revertLast(again.host(), TIMEOUT));
      expect({ k, code, zh }).toEqual({
        k, code: 'revert-timeout',
        zh: '撤销时 Excel 在 1 秒内没有响应，撤销可能只完成了一部分：请稍后再次点击“撤销上次检查”完成撤销（若提示没有可撤销的检查记录，说明撤销已经完成）',
      });
      // The second revert finishes the undo, or (when the hung request was the last one and ran) finds nothing left to undo.
      const second = await revertLast(again.host()).then((r) => r.skipped, (e: unknown) => (e as { code: string }).code);
      expect({ k, second: second === 'no-undo' ? [] : second, now: dumpWorkbook(again) }).toEqual({ k, second: [], now: before });
    }
  });
});
