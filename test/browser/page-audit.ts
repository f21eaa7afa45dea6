/** Opens a page while recording what it requests, the CSP violations it reports and its errors. */
import type { BrowserContext, Page } from 'playwright-core';

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

export interface AuditedPage {
  page: Page;
  /** Every request the page made (its workers' scripts included), in order. */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** The securitypolicyviolation events the document reported so far. */
  violations(): Promise<Violation[]>;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Before any script of the page runs: collect every CSP violation the document reports. */
function listenForViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations?.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
  });
}

/**
 * A new page of `context`, recording from its first request on. `prepare` runs before navigation
 * (routes for stubs); nothing is loaded until `page.goto`.
 */
export async function auditedPage(context: BrowserContext, prepare?: (page: Page) => Promise<void>): Promise<AuditedPage> {
  const page = await context.newPage();
  const audited: AuditedPage = {
    page,
    requests: [],
    consoleErrors: [],
    pageErrors: [],
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
  await page.addInitScript(listenForViolations);
  page.on('request', (request) => audited.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') audited.consoleErrors.push(message.text());
  });
  page.on('pageerror', (err) => audited.pageErrors.push(err.message));
  if (prepare) await prepare(page);
  return audited;
}

/** The request URLs made relative to `origin` (e.g. 'taskpane.js'); any other origin is kept whole. */
export function relativeTo(origin: string, urls: string[]): string[] {
  return urls.map((url) => (url.startsWith(origin) ? url.slice(origin.length).replace(/\?.*$/u, '') : url));
}
