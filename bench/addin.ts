/**
 * Add-in bench: checks ledgers of 200, 2,000 and 20,000 task rows (100–300 characters of Chinese
 * text per long cell) through the Office.js adapter on the in-memory Excel, and prints syncs, the
 * largest request and response, and time per size. Last line: JSON for CI.
 * Run: npm run bench:addin
 */
import { checkSheet } from '../src/excel';
import { FakeExcel, ledgerGrid, loadGrid } from '../src/excel-fake';

const SIZES = [200, 2000, 20000] as const;
const MB = 1024 * 1024;

async function main(): Promise<void> {
  const syncs: Record<string, number> = {};
  let maxRequestBytes = 0;
  let maxResponseBytes = 0;
  for (const rows of SIZES) {
    const excel = new FakeExcel();
    loadGrid(excel, ledgerGrid(rows));
    const started = Date.now();
    const out = await checkSheet(excel.host());
    const ms = Date.now() - started;
    const s = excel.stats;
    syncs[String(rows)] = s.syncs;
    maxRequestBytes = Math.max(maxRequestBytes, s.maxRequestBytes);
    maxResponseBytes = Math.max(maxResponseBytes, s.maxResponseBytes);
    const findings = out.analysis.status === 'checked' ? out.analysis.findings.length : 0;
    console.log(
      `${String(rows).padStart(6)} rows: ${String(s.syncs).padStart(3)} syncs, largest request ${(s.maxRequestBytes / MB).toFixed(2)} MB, ` +
      `largest response ${(s.maxResponseBytes / MB).toFixed(2)} MB, refused ${s.rejected}, ${findings} findings, ${ms} ms`,
    );
  }
  console.log(JSON.stringify({ syncs, maxRequestBytes, maxResponseBytes }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
