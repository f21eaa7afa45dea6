import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sampleFacts } from '../../scripts/sample-facts';
import { ROOT, runCli } from '../support/run-cli';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();
jest.setTimeout(60_000);
const SAMPLE = path.join(ROOT, sampleFacts.file);

interface Report { files: { sheets: { name: string; findings: { cell: string | null }[] }[] }[] }

async function notesOf(file: string, sheet: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string> = {};
  wb.getWorksheet(sheet)?.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    const note = cell.note as unknown;
    if (typeof note === 'string') out[cell.address] = note;
    else if (note && typeof note === 'object' && 'texts' in note) out[cell.address] = (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
  }));
  return out;
}

describe('taskledger check --notes', () => {
  it('notes each flagged cell, keeps a person’s note, drops its own stale one, and is a fixed point', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const sheet = ws.name;
    // From a plain check: the flagged cells.
    const plainReport = path.join(tmp(), 'plain.json');
    runCli(['check', SAMPLE, '--out-dir', tmp(), '--json', plainReport, '-q']);
    const flagged = [...new Set((JSON.parse(readFileSync(plainReport, 'utf8')) as Report).files[0]?.sheets[0]?.findings.flatMap((f) => (f.cell ? [f.cell] : [])) ?? [])];
    const person = flagged[0] ?? 'H8';
    ws.getCell(person).note = '处室备注：已电话催报';
    ws.getCell('A3').note = '【台账助手】\n【错误】上次检查的意见';
    const input = path.join(tmp(), 'in', '台账.xlsx');
    mkdirSync(path.dirname(input), { recursive: true });
    await wb.xlsx.writeFile(input);

    const first = path.join(tmp(), 'first.xlsx');
    expect(runCli(['check', input, '-o', first, '--notes', '-q']).code).toBe(1);
    const notes = await notesOf(first, sheet);
    expect(notes[person]).toBe('处室备注：已电话催报');
    expect(notes.A3).toBeUndefined();
    for (const cell of flagged.filter((c) => c !== person)) expect(notes[cell]?.startsWith('【台账助手】\n【')).toBe(true);
    expect(Object.keys(notes).sort()).toEqual([...flagged].sort());

    const second = path.join(tmp(), 'second.xlsx');
    runCli(['check', first, '-o', second, '--notes', '-q']);
    expect(await notesOf(second, sheet)).toEqual(notes);

    const off = path.join(tmp(), 'off.xlsx');
    runCli(['check', first, '-o', off, '-q']);
    expect(await notesOf(off, sheet)).toEqual({ [person]: '处室备注：已电话催报' });
  });
});
