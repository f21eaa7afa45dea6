/**
 * Task pane size and start-up (npm run bench:ui): builds the production add-in and measures the
 * gzipped JS the task pane loads first (its entry chunks; the adapter, the options panel and the
 * analysis worker load later), then builds the browser preview, opens it in Chromium and times
 * navigation → an interactive pane (一键校验 enabled) and → the detected layout shown.
 * Targets: ≤ 350 KB gzipped first load, interactive ≤ 1.5 s. The last line is JSON.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { gzipSync } from 'zlib';
import { buildBundle } from '../src/preview/build/build-bundle';
import { launchChromium } from '../src/preview/build/launch-chromium';
import { serveDir } from '../src/preview/build/serve-dir';

const FIRST_LOAD_TARGET_KB = 350;
const INTERACTIVE_TARGET_MS = 1500;
const RUNS = 5;

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'taskledger-bench-ui-'));
  try {
    const addin = await buildBundle('addin', path.join(tmp, 'addin'));
    const first = addin.entryFiles.taskpane ?? [];
    const firstGz = first.reduce((n, f) => n + gz(path.join(addin.dir, f)), 0);
    console.log(`add-in production build: ${addin.ms} ms`);
    console.log(`task pane first load: ${first.join(' + ')} = ${kb(firstGz)} KB gzipped (target ≤ ${FIRST_LOAD_TARGET_KB} KB)`);
    const initial = new Set(Object.values(addin.entryFiles).flat());
    for (const f of readdirSync(addin.dir).filter((name) => name.endsWith('.js') && !initial.has(name)).sort()) {
      console.log(`  lazy chunk ${f}: ${kb(gz(path.join(addin.dir, f)))} KB gzipped`);
    }
    const worker = addin.entryFiles.worker?.[0];
    if (worker) console.log(`  analysis worker ${worker}: ${kb(gz(path.join(addin.dir, worker)))} KB gzipped (loaded on the first check)`);

    const preview = await buildBundle('preview', path.join(tmp, 'preview'));
    const server = await serveDir(preview.dir);
    const browser = await launchChromium();
    const interactive: number[] = [];
    const layout: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        await page.goto(server.url, { waitUntil: 'commit' });
        const ready = await page.waitForFunction(() => {
          const b = document.querySelector('[data-testid="check"]');
          return b && !b.hasAttribute('disabled') ? performance.now() : null;
        }, undefined, { polling: 'raf', timeout: 30_000 });
        interactive.push(Number(await ready.jsonValue()));
        const shown = await page.waitForFunction(() => {
          const t = document.querySelector('[data-testid="sheet-status"]')?.textContent ?? '';
          return /表头在第|Header in row/u.test(t) ? performance.now() : null;
        }, undefined, { polling: 'raf', timeout: 30_000 });
        layout.push(Number(await shown.jsonValue()));
        await page.close();
      }
      if (browser.blocked.length > 0) throw new Error(`requests left localhost: ${browser.blocked.join(', ')}`);
    } finally {
      await browser.close();
      await server.close();
    }
    const result = {
      firstLoadKbGzip: kb(firstGz),
      firstLoadTargetKb: FIRST_LOAD_TARGET_KB,
      interactiveMs: Math.round(median(interactive)),
      interactiveTargetMs: INTERACTIVE_TARGET_MS,
      layoutDetectedMs: Math.round(median(layout)),
      runs: RUNS,
      met: kb(firstGz) <= FIRST_LOAD_TARGET_KB && median(interactive) <= INTERACTIVE_TARGET_MS,
    };
    console.log(`preview: interactive pane (一键校验 enabled) in ${result.interactiveMs} ms, layout detected in ${result.layoutDetectedMs} ms (median of ${RUNS}; target ≤ ${INTERACTIVE_TARGET_MS} ms)`);
    console.log(JSON.stringify(result));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
