/**
 * @jest-environment node
 *
 * Document text is rendered as text. Cells of the preview's workbook are given HTML, script and
 * javascript: links (in the task, lead-unit and 序号 columns, so they reach the grid, the findings,
 * the lead-unit filter and the summary sheet); after a check every one shows literally, nothing of
 * it runs (window.__pwned stays undefined), no element is made from it, and the page's CSP reports
 * no attempt.
 */
import { cachedBuild } from '../../src/preview/build/cached-build';
import type { GuardedBrowser } from '../../src/preview/build/launch-chromium';
import { launchChromium } from '../../src/preview/build/launch-chromium';
import type { DirServer } from '../../src/preview/build/serve-dir';
import { serveDir } from '../../src/preview/build/serve-dir';
import type { AuditedPage } from './page-audit';
import { auditedPage } from './page-audit';
import { idle, outcome, shot } from './preview-page';

jest.setTimeout(60_000);

const MAIN = '重点工作台账';
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const LINK = '<a href="javascript:window.__pwned=1">点我</a>';
const JS_URL = 'javascript:window.__pwned=1';
const SEQ = '<b onmouseover="window.__pwned=1">7</b>';

/** Cell → text planted (rows 5–7 are tasks with a lead unit in H; rows 13 and 14 get the same 序号). */
const PLANTED: Record<string, string> = { B5: IMG, H5: SCRIPT, B6: LINK, H6: JS_URL, H7: IMG, A13: SEQ, A14: SEQ };

let guarded: GuardedBrowser | null = null;
let server: DirServer | null = null;
let p: AuditedPage;

beforeAll(async () => {
  guarded = await launchChromium();
  const built = await cachedBuild('preview');
  server = await serveDir(built.dir);
  p = await auditedPage(guarded.context);
  await p.page.goto(server.url);
  await idle(p.page);
  await p.page.evaluate(([sheet, cells]) => {
    const preview = window.taskLedgerPreview;
    const ws = preview?.excel.state.sheet(sheet);
    for (const [address, text] of Object.entries(cells)) {
      const col = address.charCodeAt(0) - 64;
      ws?.setValue(Number(address.slice(1)), col, text);
    }
    preview?.changed();
  }, [MAIN, PLANTED] as const);
}, 300_000);

afterAll(async () => {
  await guarded?.close();
  await server?.close();
});

/** Nothing of the planted text became markup or ran. */
async function expectInert(): Promise<void> {
  const found = await p.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    elements: document.querySelectorAll('img, svg[onload], b[onmouseover], a[href^="javascript:"], [onerror]').length,
    scripts: Array.from(document.scripts).filter((s) => !s.src).length,
  }));
  expect(found).toEqual({ pwned: undefined, elements: 0, scripts: 0 });
  expect(await p.violations()).toEqual([]);
  expect(p.pageErrors).toEqual([]);
}

describe('cell text with HTML and script in the preview', () => {
  test('the grid and the formula bar show it as text', async () => {
    for (const [address, text] of Object.entries(PLANTED)) {
      expect(await p.page.locator(`td[data-address="${address}"]`).innerText()).toBe(text);
    }
    await p.page.locator('td[data-address="B6"]').click();
    expect(await p.page.locator('.formula').innerText()).toBe(LINK);
    await expectInert();
  });

  test('a check quotes it literally in the findings and lists it in the lead-unit filter', async () => {
    await p.page.locator('[data-testid="check"]').click();
    expect(await outcome(p.page, 'checked')).toContain('校验完成');
    expect(await p.page.locator('[data-testid="findings"]').innerText()).toContain(`序号“${SEQ}”与第 13 行重复`);
    await p.page.locator('[data-testid="lead-filter"]').click();
    const options = await p.page.getByRole('option').allInnerTexts();
    // The lead-unit parser splits a cell at spaces and slashes: the pieces are still shown as typed.
    expect(options).toEqual(expect.arrayContaining([JS_URL, '<img', '<script>window.__pwned=1<']));
    await p.page.getByRole('option', { name: JS_URL }).click();
    await p.page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"]').length > 0);
    await shot(p.page, 'document-text-filter');
    await expectInert();
    await p.page.locator('[data-testid="lead-filter"]').click();
    await p.page.getByRole('option', { name: '全部单位' }).click();
  });

  test('the summary sheet shows the lead units as text', async () => {
    await p.page.getByRole('button', { name: '生成汇总表' }).click();
    const summary = p.page.locator('[data-testid="grid"][data-sheet="汇总"]');
    await summary.waitFor();
    const units = await summary.locator('td[data-address^="A"]').allInnerTexts();
    expect(units).toEqual(expect.arrayContaining([JS_URL, '<img', '<script>window.__pwned=1<']));
    await shot(p.page, 'document-text-summary');
    await expectInert();
  });
});
