import type ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import { writeAtomically } from '../atomic-write';
import type { PackageFacts } from './package-parts';
import type { RestoreOptions } from './restore-parts';
import { needsRestore, restoreParts } from './restore-parts';

/**
 * Writes the checked copy atomically. When the input had parts exceljs drops (macros for an .xlsm
 * copy, workbook protection, filter criteria), the copy is written to memory, given them back,
 * and then written out.
 */
export async function saveCopy(workbook: ExcelJS.Workbook, file: string, facts: PackageFacts, options: RestoreOptions): Promise<void> {
  await writeAtomically(file, async (tmp) => {
    if (!needsRestore(facts, options)) {
      await workbook.xlsx.writeFile(tmp);
      return;
    }
    const written = Buffer.from(await workbook.xlsx.writeBuffer());
    await fs.writeFile(tmp, await restoreParts(written, facts, options));
  });
}
