/**
 * @jest-environment node
 *
 * Every page TaskLedger serves, loaded in Chromium under its own Content-Security-Policy (the meta
 * tag of the production build): the task pane, the ribbon command's function file, the dialog and
 * the browser preview. Each must request nothing but its own files (and Office.js, answered here by
 * a stub), report no CSP violation and log no error; the number of requests is exactly the files
 * the page needs, taken from the build's entry points and lazy chunk groups.
 */
import type { BuiltBundle } from '../../src/preview/build/build-bundle';
import { cachedBuild } from '../../src/preview/build/cached-build';
import type { GuardedBrowser } from '../../src/preview/build/launch-chromium';
import { launchChromium } from '../../src/preview/build/launch-chromium';
import type { DirServer } from '../../src/preview/build/serve-dir';
import { serveDir } from '../../src/preview/build/serve-dir';
import { OFFICE_JS_URL, stubOfficeJs } from './office-stub';
import type { AuditedPage } from './page-audit';
import { auditedPage, relativeTo } from './page-audit';
import { idle, outcome, shot } from './preview-page';

// Generous: on a 2-core CI machine another test file may be building while these pages load.
jest.setTimeout(120_000);

let guarded: GuardedBrowser;
let addin: BuiltBundle;
let preview: BuiltBundle;
let addinServer: DirServer | null = null;
let previewServer: DirServer | null = null;
const opened: AuditedPage[] = [];

beforeAll(async () => {
  guarded = await launchChromium();
  addin = await cachedBuild('addin');
  preview = await cachedBuild('preview');
  addinServer = await serveDir(addin.dir);
  previewServer = await serveDir(preview.dir);
}, 300_000);

afterAll(async () => {
  for (const p of opened) await p.page.close();
  await guarded?.close();
  await addinServer?.close();
  await previewServer?.close();
});

async function open(withOffice: boolean): Promise<AuditedPage> {
  const audited = await auditedPage(guarded.context, withOffice ? stubOfficeJs : undefined);
  opened.push(audited);
  return audited;
}

const sorted = (list: string[]): string[] => [...list].sort();

/** Nothing went wrong on the page: no violation, no console error, no uncaught exception. */
async function expectClean(p: AuditedPage): Promise<void> {
  expect(await p.violations()).toEqual([]);
  expect(p.consoleErrors).toEqual([]);
  expect(p.pageErrors).toEqual([]);
}

describe('every page under its Content-Security-Policy', () => {
  test('the task pane: Office.js is its one request off its origin; it mounts the pane and loads the adapter', async () => {
    const p = await open(true);
    const origin = addinServer?.url ?? '';
    await p.page.goto(`${origin}taskpane.html`);
    await p.page.locator('[data-testid="taskpane"]').waitFor();
    // The pane asks the (stubbed) host for the sheet's layout: that loads the adapter's lazy chunks.
    await p.page.getByText('no Excel in the browser tests').waitFor({ timeout: 30_000 });
    const expected = ['taskpane.html', OFFICE_JS_URL, ...(addin.entryFiles.taskpane ?? []), ...(addin.chunkGroupFiles.adapter ?? [])];
    expect(sorted(relativeTo(origin, p.requests))).toEqual(sorted(expected));
    expect(guarded.blocked).toEqual([OFFICE_JS_URL]);
    await shot(p.page, 'csp-taskpane');
    await expectClean(p);
  });

  test('the ribbon command page: Office.js and commands.js, and the command is registered', async () => {
    const p = await open(true);
    const origin = addinServer?.url ?? '';
    await p.page.goto(`${origin}commands.html`);
    await p.page.waitForFunction(() => (window as unknown as { __officeStub?: { associated: string[] } }).__officeStub?.associated.includes('checkActiveSheet'));
    expect(relativeTo(origin, p.requests)).toEqual(['commands.html', OFFICE_JS_URL, ...(addin.entryFiles.commands ?? [])]);
    await expectClean(p);
  });

  test('the dialog: its page, stylesheet and script only, and the message shown as text', async () => {
    const p = await open(false);
    const origin = addinServer?.url ?? '';
    const message = '<img src=x onerror="window.__pwned=1">检查完成';
    await p.page.goto(`${origin}dialog.html?m=${encodeURIComponent(message)}`);
    await p.page.locator('#m').getByText('检查完成').waitFor();
    expect(await p.page.locator('#m').textContent()).toBe(message);
    expect(await p.page.locator('img').count()).toBe(0);
    expect(sorted(relativeTo(origin, p.requests))).toEqual(sorted(['dialog.html', 'dialog.css', ...(addin.entryFiles.dialog ?? [])]));
    await expectClean(p);
  });

  test('the browser preview: a whole check and the options panel, requesting only its own files', async () => {
    const p = await open(false);
    const origin = previewServer?.url ?? '';
    await p.page.goto(origin);
    await idle(p.page);
    await p.page.locator('[data-testid="check"]').click();
    expect(await outcome(p.page, 'checked')).toContain('校验完成');
    await p.page.locator('[data-testid="options-header"] button').click();
    await p.page.locator('[data-testid="save-options"]').waitFor();
    const expected = [
      '', 'sample-workbook.json', ...(preview.entryFiles.preview ?? []), ...(preview.entryFiles.worker ?? []),
      ...(preview.chunkGroupFiles.adapter ?? []), ...(preview.chunkGroupFiles.options ?? []),
    ];
    expect(sorted(relativeTo(origin, p.requests))).toEqual(sorted([...new Set(expected)]));
    await expectClean(p);
  });

  test('the policy is in force: an injected inline script and eval are refused and reported', async () => {
    const origin = previewServer?.url ?? '';
    // A same-origin script (allowed) that tries eval (refused): the page's own code cannot eval either.
    const p = await open(false);
    await p.page.route(`${origin}csp-probe.js`, (route) => route.fulfill({
      contentType: 'text/javascript', body: 'try { window.__evalRan = eval("true"); } catch (e) { window.__evalRan = false; }',
    }));
    await p.page.goto(origin);
    await idle(p.page);
    const ran = await p.page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.appendChild(inline);
      const probe = document.createElement('script');
      probe.src = 'csp-probe.js';
      await new Promise((done) => {
        probe.onload = done;
        document.head.appendChild(probe);
      });
      const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
      return { inline: w.__inlineRan === true, evaluated: w.__evalRan === true };
    });
    expect(ran).toEqual({ inline: false, evaluated: false });
    await p.page.waitForFunction(() => (window.__cspViolations ?? []).length >= 2);
    const reported = (await p.violations()).map((v) => `${v.directive} ${v.blocked}`);
    expect(sorted(reported)).toEqual(sorted(['script-src-elem inline', 'script-src eval']));
  });
});
