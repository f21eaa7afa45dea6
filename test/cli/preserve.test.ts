import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkFile } from '../../src/cli/check-file';
import { conditionalFormattingsOf } from '../../src/cli/xlsx/apply-plan';
import { columnLetter } from '../../src/engine';
import * as L from '../fixtures/layouts';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function cellsOf(ws: ExcelJS.Worksheet, skipCols: readonly number[]): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (skipCols.includes(c)) return;
      out.set(`${columnLetter(c)}${r}`, JSON.stringify({ value: cell.value ?? null, style: cell.style ?? {} }));
    });
  });
  return out;
}

const cases: [string, () => ExcelJS.Workbook][] = [
  ['unknown columns with styling', L.buildUnknownColumns],
  ['provincial quarterly', L.buildProvincialQuarterly],
  ['two-row header', L.buildTwoRowHeader],
  ['multi-sheet', L.buildMultiSheet],
];

describe.each(cases)('checking %s', (name, build) => {
  it('leaves the input bytes alone and changes nothing outside TaskLedger’s own columns', async () => {
    const input = path.join(tmp(), `${name}.xlsx`);
    const output = path.join(tmp(), `${name}.checked.xlsx`);
    await L.writeFixture(build(), input);
    const before = sha(input);

    const result = await checkFile(input, { locale: 'zh-CN', output });
    expect(result.error).toBeNull();
    expect(sha(input)).toBe(before);

    const [a, b] = [await load(input), await load(output)];
    // The copy adds TaskLedger's summary sheets after the workbook's own sheets.
    const summaries = result.sheets.flatMap((s) => s.plan?.summarySheets.map((p) => p.name) ?? []);
    expect(b.worksheets.map((ws) => ws.name)).toEqual([...a.worksheets.map((ws) => ws.name), ...summaries]);
    for (const wsIn of a.worksheets) {
      const wsOut = b.getWorksheet(wsIn.name);
      if (!wsOut) throw new Error(`sheet ${wsIn.name} lost`);
      const plan = result.sheets.find((s) => s.outline.sheet === wsIn.name)?.plan ?? null;
      const ownCols = (plan?.columns ?? []).map((c) => c.col);
      // Only columns TaskLedger creates, or fills where a person left a cell empty.
      const inCells = cellsOf(wsIn, ownCols);
      const outCells = cellsOf(wsOut, ownCols);
      for (const [address, content] of inCells) expect([address, outCells.get(address)]).toEqual([address, content]);
      for (const c of plan?.columns ?? []) {
        if (c.created) continue;
        wsIn.getColumn(c.col).eachCell((cell, r) => {
          if (cell.value !== null && r >= 1) expect([r, wsOut.getCell(r, c.col).value]).toEqual([r, cell.value]);
        });
      }
      const created = (plan?.columns ?? []).filter((c) => c.created).map((c) => c.col);
      const own = (m: string) => created.some((col) => m.startsWith(columnLetter(col)));
      const mergesIn = (wsIn.model.merges ?? []).slice().sort();
      const mergesOut = (wsOut.model.merges ?? []).filter((m) => !own(m)).sort();
      expect(mergesOut).toEqual(mergesIn);
      for (let c = 1; c <= wsIn.columnCount; c++) {
        if (ownCols.includes(c)) continue;
        expect([c, wsOut.getColumn(c).width]).toEqual([c, wsIn.getColumn(c).width]);
      }
      for (let r = 1; r <= wsIn.rowCount; r++) {
        expect([r, wsOut.getRow(r).height]).toEqual([r, wsIn.getRow(r).height]);
      }
      expect(wsOut.views).toEqual(wsIn.views);
    }
  });
});

describe('the checked copy', () => {
  it('writes findings into 校验意见 right of the table and highlights the cells at fault', async () => {
    const facts = L.expectedTwoRowHeader();
    const input = path.join(tmp(), 'two-row.xlsx');
    const output = path.join(tmp(), 'two-row.checked.xlsx');
    await L.writeFixture(L.buildTwoRowHeader(), input);
    const result = await checkFile(input, { locale: 'zh-CN', output });
    const ws = (await load(output)).getWorksheet(facts.sheetName);
    if (!ws) throw new Error('sheet lost');
    const plan = result.sheets[0]?.plan;
    const col = plan?.columns.find((c) => c.key === 'comments')?.col ?? 0;
    const lastKnown = Math.max(...Object.keys(facts.headerTexts).map((l) => l.charCodeAt(0) - 64));
    expect(col).toBeGreaterThan(lastKnown);
    expect(ws.getCell(facts.headerRow, col).value).toBe('校验意见');
    expect(ws.model.merges).toContain(`${columnLetter(col)}${facts.headerRow}:${columnLetter(col)}${facts.headerRow + 1}`);
    for (const p of facts.problems) {
      expect(String(ws.getCell(p.row, col).value)).toMatch(/(^|\n)【(错误|警告)】/u);
    }
    const ranges = conditionalFormattingsOf(ws).map((cf) => cf.ref).join(' ');
    for (const p of facts.problems) expect(ranges).toContain(`${p.column}${p.row}`);
  });

  it('gives the same result when a checked copy is checked again', async () => {
    const input = path.join(tmp(), 'again.xlsx');
    const first = path.join(tmp(), 'again.checked.xlsx');
    const second = path.join(tmp(), 'again.checked.checked.xlsx');
    await L.writeFixture(L.buildCityHalfYear(), input);
    const r1 = await checkFile(input, { locale: 'zh-CN', output: first });
    const r2 = await checkFile(first, { locale: 'zh-CN', output: second });
    const findings = (r: typeof r1) => r.sheets.map((s) => (s.analysis?.status === 'checked' ? s.analysis.findings : []));
    expect(findings(r2)).toEqual(findings(r1));
    for (const c of r1.sheets[0]?.plan?.columns ?? []) {
      expect(r2.sheets[0]?.plan?.columns.find((x) => x.key === c.key)).toMatchObject({ created: false, col: c.col });
    }
    const [w1, w2] = [await load(first), await load(second)];
    const ws1 = w1.worksheets[0];
    const ws2 = w2.worksheets[0];
    if (!ws1 || !ws2) throw new Error('sheet lost');
    expect([...cellsOf(ws2, [])]).toEqual([...cellsOf(ws1, [])]);
    expect(conditionalFormattingsOf(ws2)).toEqual(conditionalFormattingsOf(ws1));
  });

  it('never overwrites cells a person wrote right of the table', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['序号', '重点任务', '牵头单位']);
    ws.addRow([1, '任务', '']);
    ws.getCell('D2').value = '手写备注';
    ws.mergeCells('E1:E2');
    const input = path.join(tmp(), 'right.xlsx');
    await wb.xlsx.writeFile(input);
    const result = await checkFile(input, { locale: 'zh-CN', output: path.join(tmp(), 'right.checked.xlsx') });
    expect(result.sheets[0]?.plan?.columns.find((c) => c.key === 'comments')?.letter).toBe('F');
  });
});
