/**
 * Figures per 100 characters of ledger texts: how the benchmark's generated cells compare with a real ledger.
 * The reference is the progress ledger among ../shared/seeds (a table of "序号 | 重大任务 | 目标体系 | … |
 * 进展情况 | …" rows); without ../shared it is left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { quantitiesOfScan } from '../src/engine/quantity/parse-quantities';
import { scanNumbers } from '../src/engine/quantity/scan-numbers';

export interface Density {
  /** Numerals the scanner reads (years, ordinals and names included) per 100 characters. */
  numbers: number;
  /** Quantities (a figure with its unit, a rate …) per 100 characters. */
  quantities: number;
}

export function densityOf(texts: readonly string[]): Density {
  let chars = 0;
  let numbers = 0;
  let quantities = 0;
  for (const t of texts) {
    chars += t.length;
    // One scan for both counts (parseQuantities is quantitiesOfScan of the same scan).
    const scan = scanNumbers(t);
    numbers += scan.numbers.length;
    quantities += quantitiesOfScan(scan).length;
  }
  const per100 = (n: number): number => (chars === 0 ? 0 : (100 * n) / chars);
  return { numbers: per100(numbers), quantities: per100(quantities) };
}

/** Target and progress cells of the seed ledgers laid out as "N | task | target | … | progress | …" rows. */
export function seedLedgerCells(seeds: string): { targets: string[]; progress: string[] } | null {
  if (!existsSync(seeds)) return null;
  const targets: string[] = [];
  const progress: string[] = [];
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(path.join(seeds, file), 'utf8').split('\n');
    const header = lines.find((l) => l.includes('目标体系') && l.includes('进展情况'))?.split(' | ').map((c) => c.trim());
    if (!header) continue;
    const t = header.indexOf('目标体系');
    const p = header.indexOf('进展情况');
    for (const line of lines) {
      const cells = line.split(' | ');
      if (cells.length < header.length - 1 || !/^\d+$/u.test(cells[0]?.trim() ?? '')) continue;
      targets.push(cells[t] ?? '');
      progress.push(cells[p] ?? '');
    }
  }
  return targets.length > 0 ? { targets, progress } : null;
}
