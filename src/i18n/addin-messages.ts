import type { Locale } from './locale';

type P = Record<string, string | number>;

/** Codes the add-in reports (src/excel/addin-error). */
export type AddinMessageCode =
  | 'unsupported-host' | 'no-sheet' | 'protected' | 'filtered' | 'changed' | 'payload' | 'timeout'
  | 'cell-edit' | 'no-ledger' | 'empty' | 'no-undo' | 'summary-sheet' | 'write-undone' | 'write-partial'
  | 'revert-timeout' | 'failed';

/** Why writing stopped: Excel did not answer (seconds), or answered with an error (detail). */
const zhCause = (p: P): string => (p.seconds !== undefined ? `Excel 在 ${p.seconds} 秒内没有响应` : `出错（${p.detail ?? ''}）`);
const enCause = (p: P): string => (p.seconds !== undefined ? `Excel did not answer within ${p.seconds} seconds` : `an error occurred (${p.detail ?? ''})`);

const zh = {
  error: {
    'unsupported-host': () => '此版本的 Excel 不支持台账助手（需要 ExcelApi 1.7 及以上），请更新 Office',
    'no-sheet': (p: P) => `找不到工作表“${p.sheet}”`,
    protected: (p: P) => `工作表“${p.sheet}”受保护：请先撤销工作表保护再检查`,
    filtered: (p: P) => `工作表“${p.sheet}”正在筛选：请先清除筛选（部分行被隐藏），再检查`,
    changed: (p: P) => `检查期间工作表有改动（${p.cells} 等 ${p.count} 处），未写入任何内容，请重新检查`,
    payload: () => '数据量超过 Excel 网页版单次传输上限，已自动分块仍未成功，请稍后重试',
    timeout: (p: P) => `Excel 在 ${p.seconds} 秒内没有响应，检查未完成，工作表未作任何改动，请稍后重试`,
    'cell-edit': () => '请先退出单元格编辑（按 Enter 或 Esc），再检查',
    'no-ledger': () => '当前工作表没有找到台账表头',
    empty: (p: P) => `工作表“${p.sheet}”是空的，未作任何改动`,
    'no-undo': () => '没有可撤销的检查记录',
    'summary-sheet': (p: P) => `“${p.sheet}”是台账助手生成的汇总表，不是台账，未作任何改动：请切换到台账所在的工作表再检查`,
    'write-undone': (p: P) => `写入“${p.sheet}”时${zhCause(p)}，已自动撤销已写入的部分，工作表已恢复原样，请稍后重新检查`,
    'write-partial': (p: P) => `写入“${p.sheet}”时${zhCause(p)}，工作表可能只写入了一部分。撤销记录已先行保存：请在 Excel 恢复响应后点击“撤销上次检查”，即可完全恢复原样`,
    'revert-timeout': (p: P) => `撤销时 Excel 在 ${p.seconds} 秒内没有响应，撤销可能只完成了一部分：请稍后再次点击“撤销上次检查”完成撤销（若提示没有可撤销的检查记录，说明撤销已经完成）`,
    failed: (p: P) => `检查未完成：${p.detail ?? ''}`,
  } satisfies Record<AddinMessageCode, (p: P) => string>,
  checked: (p: P) => `已检查“${p.sheet}”：任务 ${p.tasks} 项，错误 ${p.error}，警告 ${p.warning}，提示 ${p.info}`,
  skipped: (p: P) => `“${p.sheet}”不是台账（前 ${p.rows} 行中没有找到表头），未作改动`,
  otherTableNote: (p: P) => `第 ${p.row} 行起是另一张表（表头不同），未检查`,
  notesSkipped: (p: P) => `此版本的 Excel 不支持批注（备注）API，${p.count} 条备注未写入`,
  reverted: (p: P) => `已撤销对“${p.sheet}”的上次检查：恢复 ${p.restored} 个单元格`,
  revertSkipped: (p: P) => `以下单元格在检查后被修改过，保留现状：${p.cells}`,
  checkButton: '检查当前工作表',
  revertButton: '撤销上次检查',
  working: '正在检查…',
};

type Messages = typeof zh;

const en: Messages = {
  error: {
    'unsupported-host': () => 'This version of Excel cannot run TaskLedger (ExcelApi 1.7 or later is needed); please update Office',
    'no-sheet': (p) => `sheet "${p.sheet}" not found`,
    protected: (p) => `sheet "${p.sheet}" is protected: unprotect it, then check again`,
    filtered: (p) => `sheet "${p.sheet}" is filtered: clear the filter (some rows are hidden), then check again`,
    changed: (p) => `the sheet changed during the check (${p.cells}, ${p.count} cells): nothing was written; please check again`,
    payload: () => 'the data exceeds what Excel on the web accepts in one request, even in smaller chunks; please try again later',
    timeout: (p) => `Excel did not answer within ${p.seconds} seconds; the check did not finish and nothing was changed`,
    'cell-edit': () => 'leave cell editing first (press Enter or Esc), then check',
    'no-ledger': () => 'no ledger header found on this sheet',
    empty: (p) => `sheet "${p.sheet}" is empty; nothing was changed`,
    'no-undo': () => 'there is no check to undo',
    'summary-sheet': (p) => `"${p.sheet}" is a summary TaskLedger made, not a ledger; nothing was changed. Switch to the ledger sheet and check again`,
    'write-undone': (p) => `while writing to "${p.sheet}" ${enCause(p)}; what was written has been undone and the sheet is as before. Please check again later`,
    'write-partial': (p) => `while writing to "${p.sheet}" ${enCause(p)}; the sheet may be only partly written. The undo log was saved first: once Excel answers again, click "Undo last check" to restore it exactly`,
    'revert-timeout': (p) => `Excel did not answer within ${p.seconds} seconds while undoing; the undo may be partial. Click "Undo last check" again later to finish it (if it says there is no check to undo, the undo had finished)`,
    failed: (p) => `the check did not finish: ${p.detail ?? ''}`,
  },
  checked: (p) => `Checked "${p.sheet}": ${p.tasks} tasks, ${p.error} errors, ${p.warning} warnings, ${p.info} info`,
  skipped: (p) => `"${p.sheet}" is not a ledger (no header in its first ${p.rows} rows); nothing was changed`,
  otherTableNote: (p) => `Another table with a different header starts at row ${p.row}: not checked`,
  notesSkipped: (p) => `this Excel has no notes API; ${p.count} notes were not written`,
  reverted: (p) => `Undid the last check of "${p.sheet}": ${p.restored} cells restored`,
  revertSkipped: (p) => `these cells changed after the check and were left as they are: ${p.cells}`,
  checkButton: 'Check this sheet',
  revertButton: 'Undo last check',
  working: 'Checking…',
};

export const addinMessages: Record<Locale, Messages> = { 'zh-CN': zh, 'en-US': en };
export type AddinMessages = Messages;
