/**
 * @jest-environment node
 *
 * The task pane in a real browser: builds the browser preview (production, shared with the other
 * browser tests through the build cache in the temp folder), serves it on a free
 * localhost port, and drives Debian's Chromium through the staff's steps. Every request that
 * leaves localhost is aborted and fails the run. Screenshots go to test-artifacts/browser/.
 */
import type { Page } from 'playwright-core';
import { sampleFacts } from '../../scripts/sample-facts';
import { cachedBuild } from '../../src/preview/build/cached-build';
import type { GuardedBrowser } from '../../src/preview/build/launch-chromium';
import { launchChromium } from '../../src/preview/build/launch-chromium';
import type { DirServer } from '../../src/preview/build/serve-dir';
import { serveDir } from '../../src/preview/build/serve-dir';
import { dismissOutcome, idle, outcome, shot, workbookValues } from './preview-page';

jest.setTimeout(60_000);

const MAIN = '重点工作台账';
let server: DirServer | null = null;
let guarded: GuardedBrowser | null = null;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // Chromium first: on a machine without it the suite fails at once, with the command to install it.
  guarded = await launchChromium();
  const built = await cachedBuild('preview');
  server = await serveDir(built.dir);
  page = await guarded.context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(server.url);
}, 240_000);

afterAll(async () => {
  await guarded?.close();
  await server?.close();
});

describe('the task pane in the browser preview', () => {
  let before: Awaited<ReturnType<typeof workbookValues>>;

  test('loads the sample workbook and detects the ledger layout before any check', async () => {
    await page.locator(`[data-testid="grid"][data-sheet="${MAIN}"]`).waitFor();
    await page.getByText('表头在第 2 行').waitFor({ timeout: 30_000 });
    await idle(page);
    expect(await page.locator('[data-testid="sheet-status"]').innerText()).toContain(MAIN);
    expect(await page.locator('[data-testid="check"]').innerText()).toBe('一键校验');
    before = await workbookValues(page);
    expect(Object.keys(before)).toEqual([MAIN, '半年进展', '说明']);
    await shot(page, '01-loaded');
  });

  test('一键校验 lists the planted problems and writes the 校验意见 column into the grid', async () => {
    await page.locator('[data-testid="check"]').click();
    const text = await outcome(page, 'checked');
    expect(text).toContain('校验完成');
    const planted = sampleFacts.problems.filter((p) => p.sheet === MAIN);
    const codes = await page.locator('[data-testid="rule-group"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    for (const p of planted) expect(codes).toContain(p.code);
    const cells = await page.locator('[data-testid="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    for (const p of planted) expect(cells).toContain(`${p.column}${p.row}`);
    const counts = await page.locator('[data-testid="severity-counts"]').innerText();
    expect(counts).toMatch(/错误 \d+/u);
    // The grid shows what the check wrote: the 校验意见 header right of the table, a comment on row 8.
    const header = await page.locator('td[data-address$="2"]', { hasText: '校验意见' }).getAttribute('data-address');
    const column = (header ?? '').replace(/\d+$/u, '');
    expect(column > 'H' || column.length > 1).toBe(true);
    expect(await page.locator(`[data-address="${column}8"]`).innerText()).toContain('【错误】未填写牵头单位');
    await shot(page, '02-checked');
  });

  test('clicking a finding selects its cell in the grid; arrow keys move through the list', async () => {
    const finding = page.locator('[data-testid="finding"][data-cell="H8"]');
    await finding.click();
    await expect(page.locator('[data-testid="name-box"]').innerText()).resolves.toBe('H8');
    await expect(page.locator('td[data-address="H8"]').getAttribute('aria-selected')).resolves.toBe('true');
    await shot(page, '03-selected');

    const first = page.locator('[data-testid="finding"]').first();
    await first.focus();
    const firstCell = await first.getAttribute('data-cell');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
    const secondCell = await page.locator('[data-testid="finding"]').nth(1).getAttribute('data-cell');
    expect(focused).toBe(secondCell);
    expect(focused).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-testid="name-box"]').innerText()).resolves.toBe(secondCell);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null)).toBe(firstCell);
  });

  test('the lead-unit filter narrows the findings', async () => {
    const all = await page.locator('[data-testid="finding"]').count();
    await page.locator('[data-testid="lead-filter"]').click();
    await page.getByRole('option', { name: '（未填写牵头单位）' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length < n, all);
    const cells = await page.locator('[data-testid="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
    expect(cells).toEqual(expect.arrayContaining(['H8', 'H15', 'H24']));
    await shot(page, '04-filtered');
    await page.locator('[data-testid="lead-filter"]').click();
    await page.getByRole('option', { name: '全部单位' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n, all);
  });

  test('撤销本次校验 puts every cell back and says what it restored', async () => {
    await page.locator('[data-testid="revert"]').click();
    const text = await outcome(page, 'reverted');
    expect(text).toMatch(/恢复 \d+ 个单元格/u);
    expect(text).toContain('没有跳过任何单元格');
    expect(await workbookValues(page)).toEqual(before);
    await expect(page.locator('[data-testid="results"]').count()).resolves.toBe(0);
    await shot(page, '05-reverted');
    await idle(page);
  });

  test('cancel during the check leaves the sheet untouched', async () => {
    // Excel waits while someone edits a cell: the check stays in its reading step until the edit ends.
    await page.evaluate(() => window.taskLedgerPreview?.excel.startCellEdit());
    await page.locator('[data-testid="check"]').click();
    await page.locator('[data-testid="progress"]').waitFor();
    await shot(page, '06-running');
    await page.locator('[data-testid="cancel"]').click();
    await page.evaluate(() => window.taskLedgerPreview?.excel.endCellEdit());
    expect(await outcome(page, 'cancelled')).toContain('没有任何改动');
    expect(await workbookValues(page)).toEqual(before);
    await dismissOutcome(page);
  });

  test('refusals are explained: protected, filtered, changed during the check, no header', async () => {
    await page.locator('[data-testid="sim-protect"]').check();
    await page.locator('[data-testid="check"]').click();
    expect(await outcome(page, 'error')).toContain('受保护');
    await shot(page, '07-protected');
    await page.locator('[data-testid="sim-protect"]').uncheck();

    await page.locator('[data-testid="sim-filter"]').check();
    await page.locator('[data-testid="check"]').click();
    expect(await outcome(page, 'error')).toContain('清除筛选');
    await page.locator('[data-testid="sim-filter"]').uncheck();

    // Someone types into the task column between the check's read and its write.
    await page.evaluate(() => {
      const excel = window.taskLedgerPreview?.excel;
      if (!excel) return;
      const start = excel.stats.syncs;
      excel.beforeSync = (n) => {
        if (n !== start + 2) return;
        excel.state.sheet('重点工作台账')?.setValue(5, 2, '有人在检查期间改了这里');
        excel.beforeSync = null;
      };
    });
    await page.locator('[data-testid="check"]').click();
    expect(await outcome(page, 'error')).toContain('未写入任何内容');
    expect(Object.values((await workbookValues(page))[MAIN] ?? {})).not.toContain('校验意见');
    await shot(page, '08-changed');

    await page.getByRole('tab', { name: '说明' }).click();
    await idle(page);
    await page.locator('[data-testid="check"]').click();
    expect(await outcome(page, 'checked')).toContain('没有找到台账表头');
    await shot(page, '09-no-header');
    await page.getByRole('tab', { name: MAIN }).click();
    await idle(page);
  });

  test('a corrected column is saved in the workbook settings', async () => {
    await page.locator('[data-testid="layout-header"] button').click();
    await page.locator('[data-testid="role-lead"]').click();
    await page.getByRole('option', { name: '不使用此列' }).click();
    await page.waitForFunction(() => {
      const raw = window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings');
      return typeof raw === 'string' && raw.includes('"lead":null');
    });
    await idle(page);
    await shot(page, '10-layout');
    await page.getByRole('button', { name: '全部恢复自动识别' }).click();
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"overrides":{}'));
    await page.locator('[data-testid="layout-header"] button').click();
  });

  test('the options panel loads on demand and saves the status vocabulary', async () => {
    await page.locator('[data-testid="options-header"] button').click();
    const vocab = page.getByLabel('进展状态可选值（每行一个）');
    await vocab.waitFor();
    await vocab.fill('已完成\n按时推进\n进度滞后');
    await page.locator('[data-testid="save-options"]').click();
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"statusValues":["已完成","按时推进","进度滞后"]'));
    await shot(page, '11-options');
    await page.getByRole('button', { name: '恢复默认' }).click();
    await page.locator('[data-testid="save-options"]').click();
    await page.waitForFunction(() => !String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"statusValues":["已完成","按时推进","进度滞后"]'));
    await page.locator('[data-testid="options-header"] button').click();
  });

  test('a typed 序时进度 is saved, used by the next check and named in the overview', async () => {
    await page.locator('[data-testid="options-header"] button').click();
    const expected = page.getByLabel('序时进度（%）');
    await expected.waitFor();
    await expected.fill('60');
    await page.locator('[data-testid="save-options"]').click();
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"expectedPercent":"60"'));
    await page.locator('[data-testid="check"]').click();
    await outcome(page, 'checked');
    await page.locator('[data-testid="overview"]', { hasText: '序时进度 60%（依据：设定值' }).waitFor();
    await shot(page, '11b-expected-set');
    await dismissOutcome(page);
    await expected.fill('');
    await page.locator('[data-testid="save-options"]').click();
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"expectedPercent":""'));
    await page.locator('[data-testid="options-header"] button').click();
  });

  test('“write notes” puts a note on each flagged cell at the next check, and off removes them', async () => {
    await page.locator('[data-testid="options-header"] button').click();
    const notes = page.getByLabel('把判断依据写成单元格批注');
    await notes.waitFor();
    await notes.check();
    await page.locator('[data-testid="save-options"]').click();
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"writeNotes":true'));
    await page.locator('[data-testid="check"]').click();
    await outcome(page, 'checked');
    const ownNotes = () => page.evaluate(() => [...(window.taskLedgerPreview?.excel.state.sheet('重点工作台账')?.notes.values() ?? [])].filter((t) => t.startsWith('【台账助手】')).length);
    expect(await ownNotes()).toBeGreaterThan(5);
    await dismissOutcome(page);
    await notes.uncheck();
    await page.locator('[data-testid="save-options"]').click();
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"writeNotes":false'));
    await page.locator('[data-testid="check"]').click();
    await outcome(page, 'checked');
    expect(await ownNotes()).toBe(0);
    await dismissOutcome(page);
    await page.locator('[data-testid="options-header"] button').click();
  });

  test('every control is reachable by Tab and has a name', async () => {
    await page.locator('[data-testid="check"]').click();
    await outcome(page, 'checked');
    const names: string[] = [];
    await page.locator('[data-testid="switch-language"]').focus();
    for (let i = 0; i < 25; i++) {
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('#pane')) return null;
        const labelled = el.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        const label = (el as HTMLButtonElement).labels?.[0]?.textContent;
        return (el.getAttribute('aria-label') || labelled || label || el.textContent || '').trim();
      });
      if (info === null) break;
      names.push(info);
      await page.keyboard.press('Tab');
    }
    expect(names.every((n) => n.length > 0)).toBe(true);
    const joined = names.join(' | ');
    for (const expected of ['一键校验', '撤销本次校验', '生成汇总表', '按牵头单位筛选', '表格布局', '选项']) expect(joined).toContain(expected);
    // The findings list is one Tab stop: Tab moves past it rather than through every finding.
    expect(names.filter((n) => /^[A-Z]+\d+/u.test(n)).length).toBe(1);
  });

  test('switching to English translates the pane and the findings', async () => {
    await page.locator('[data-testid="switch-language"]').click();
    await expect(page.locator('[data-testid="taskpane"]').getAttribute('data-locale')).resolves.toBe('en-US');
    expect(await page.locator('[data-testid="check"]').innerText()).toBe('Check this sheet');
    expect(await page.locator('[data-testid="findings"]').innerText()).toContain('No lead unit');
    await page.waitForFunction(() => String(window.taskLedgerPreview?.excel.state.settings.get('taskledger.settings')).includes('"locale":"en-US"'));
    await shot(page, '12-english');
    await page.locator('[data-testid="switch-language"]').click();
    await expect(page.locator('[data-testid="check"]').innerText()).resolves.toBe('一键校验');
  });

  test('nothing was requested beyond localhost, and the page raised no error', async () => {
    if (!guarded) throw new Error('no browser');
    // The page's Content-Security-Policy (connect-src 'self') refuses a fetch to another origin
    // before it leaves the browser, so the guard never sees it...
    const result = await page.evaluate(() => fetch('https://example.org/').then(() => 'fetched', () => 'blocked'));
    expect(result).toBe('blocked');
    expect(guarded.blocked).toEqual([]);
    // ...and the guard itself works: a navigation (which no page policy governs) is aborted and recorded.
    const other = await guarded.context.newPage();
    await expect(other.goto('https://example.org/')).rejects.toThrow();
    await other.close();
    expect(guarded.blocked).toEqual(['https://example.org/']);
    expect(pageErrors).toEqual([]);
  });
});
