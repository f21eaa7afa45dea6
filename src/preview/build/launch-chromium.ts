import { existsSync, mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_MISSING =
  `Chromium was not found at ${CHROMIUM_PATH}. The browser tests and \`npm run bench:ui\` drive Debian's Chromium: ` +
  'install it with `sudo apt-get install -y chromium` (Debian/Ubuntu; .ci/run does this on CI), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

export interface GuardedBrowser {
  context: BrowserContext;
  /** Requests that tried to leave localhost (each was aborted). */
  blocked: string[];
  close(): Promise<void>;
}

const isLocal = (url: string): boolean => {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
};

/**
 * Launches Debian's Chromium headless with a fresh profile and no background networking, in a
 * context where every request that leaves localhost is aborted and recorded.
 */
export async function launchChromium(): Promise<GuardedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'taskledger-chromium-'));
  // A persistent context on a fresh folder: Playwright's way to pass --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-default-apps', '--disable-extensions',
    ],
    viewport: { width: 1280, height: 860 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    if (!blocked.includes(url)) blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    if (!isLocal(request.url()) && !blocked.includes(request.url())) blocked.push(request.url());
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
