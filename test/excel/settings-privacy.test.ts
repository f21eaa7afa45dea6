/**
 * Settings hold configuration only, never cell contents. A sheet whose every text cell carries a
 * distinctive marker goes through what the add-in does to a workbook (the pane's service: save
 * settings, detect the layout, check, revert, check again, save again; the ribbon command's check
 * and revert), and then no stored workbook setting may contain a marker or any marked cell's text.
 * (Status words like 按时推进 may be in both: the vocabulary is configuration.)
 */
import type { GridValue } from '../../src/excel-fake';
import { FakeExcel, loadGrid } from '../../src/excel-fake';
import { SETTINGS_KEY, checkSheet, revertLast } from '../../src/excel';
import { createExcelService } from '../../src/taskpane/bridge/excel-service';
import { DEFAULT_PANE_OPTIONS } from '../../src/taskpane/model/pane-options';

const MARK = 'ZQX';
const SHEET = '台账';
const UNITS = ['市发改委', '市财政局', '市教育局', '市交通局'];

/** A ledger whose title, tasks, targets, progress, units and some statuses all carry the marker. */
function markedLedger(rows: number): GridValue[][] {
  const values: GridValue[][] = [
    [`${MARK}江川市2024年重点工作台账`],
    ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
  ];
  for (let i = 1; i <= rows; i++) {
    values.push([
      i,
      `${MARK}-task-${i} 推进第${i}批重点项目建设`,
      `${MARK}-target-${i} 完成投资${i * 10}亿元`,
      i % 5 === 0 ? '' : `${MARK}-progress-${i} 已完成投资${i * 6}亿元`,
      i % 7 === 0 ? '' : `${UNITS[i % UNITS.length] ?? ''}${MARK}${i}处、市${MARK}协办${i}科`,
      i % 3 === 0 ? `${MARK}-status-${i}` : '按时推进',
    ]);
  }
  return values;
}

/** Every setting the workbook stores, serialized as it is kept. */
const storedSettings = (excel: FakeExcel): [string, string][] =>
  [...excel.state.settings.entries()].map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]);

/** The text cells below the header that carry the marker (all but the vocabulary's 按时推进). */
const markedCells = (values: GridValue[][]): string[] =>
  values.flat().filter((v): v is string => typeof v === 'string' && v.includes(MARK));

describe('workbook settings never hold cell contents', () => {
  test('after the pane saves its settings, checks, reverts and checks again', async () => {
    const excel = new FakeExcel();
    const values = markedLedger(40);
    loadGrid(excel, { name: SHEET, values, merges: ['A1:F1'] });
    const service = createExcelService(excel.host(), { workerUrl: null, displayLocale: 'zh-CN' });

    const first = await service.loadSettings();
    await service.saveSettings({
      ...first,
      locale: 'zh-CN',
      overrides: { lead: 5 },
      statusValues: ['已完成', '按时推进', '进度滞后'],
      options: { ...DEFAULT_PANE_OPTIONS, asOfDate: '2024-09-30', overwrite: true },
    });
    const layout = await service.inspect();
    expect(layout.status).toBe('found');
    const signal = new AbortController().signal;
    const checked = await service.check({ signal, onPhase: () => undefined });
    expect(checked.analysis.status).toBe('checked');
    const reverted = await service.revert();
    expect(reverted.restored).toBeGreaterThan(0);
    await service.check({ signal, onPhase: () => undefined });
    await service.saveSettings(await service.loadSettings());

    // The ribbon command's path: check and revert with the saved settings.
    await checkSheet(excel.host(), { locale: 'zh-CN' });
    await revertLast(excel.host());

    const stored = storedSettings(excel);
    expect(stored.map(([key]) => key)).toEqual([SETTINGS_KEY]);
    const [, json] = stored[0] ?? ['', ''];
    // The check did read the marked cells and wrote findings about them into the sheet...
    expect(JSON.parse(json)).toMatchObject({ locale: 'zh-CN', overrides: { lead: 5 }, pane: { asOfDate: '2024-09-30' } });
    // ...but the settings hold none of it.
    expect(json).not.toContain(MARK);
    const cells = markedCells(values);
    expect(cells.length).toBeGreaterThan(150);
    for (const text of cells) expect(json).not.toContain(text);
    expect(Object.keys(JSON.parse(json) as object).sort()).toEqual(['locale', 'overrides', 'pane', 'profile']);
  });
});
