/** Helpers for driving the preview page in the browser tests. */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/browser');

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Every visible sheet's values, from the in-memory Excel (the undo store excluded). */
export function workbookValues(page: Page): Promise<Record<string, Record<string, string | number | boolean>>> {
  return page.evaluate(() => {
    const excel = window.taskLedgerPreview?.excel;
    const out: Record<string, Record<string, string | number | boolean>> = {};
    for (const sheet of excel?.state.sheets ?? []) {
      if (sheet.visibility !== 'Visible') continue;
      const values: Record<string, string | number | boolean> = {};
      for (const [key, cell] of sheet.cells) if (cell.value !== undefined) values[key] = cell.value;
      out[sheet.name] = values;
    }
    return out;
  });
}

export function cellValue(page: Page, sheet: string, row: number, col: number): Promise<string | number | boolean | null> {
  return page.evaluate(([s, r, c]) => window.taskLedgerPreview?.excel.state.sheet(s as string)?.cell(r as number, c as number)?.value ?? null, [sheet, row, col] as const);
}

export async function outcome(page: Page, kind: string): Promise<string> {
  const bar = page.locator(`[data-testid="outcome"][data-kind="${kind}"]`);
  await bar.waitFor({ state: 'visible', timeout: 30_000 });
  return (await bar.innerText()).trim();
}

export async function dismissOutcome(page: Page): Promise<void> {
  const button = page.locator('[data-testid="outcome"] button');
  if (await button.count()) await button.first().click();
}

/** Waits until the pane is idle: check button enabled, layout detection finished. */
export async function idle(page: Page): Promise<void> {
  await page.locator('[data-testid="check"]:not([disabled])').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="sheet-status"] [role="progressbar"], [data-testid="sheet-status"] .fui-Spinner'));
}
