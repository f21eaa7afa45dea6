import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkFile } from '../../src/cli/check-file';
import { useTmpDir } from '../support/tmp-dir';

const tmp = useTmpDir();

/** A two-row header whose group label 工作情况 (D1:E1) stands over 进展情况 and an existing 校验意见. */
function groupedHeader(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.getCell('A1').value = '序号';
  ws.getCell('B1').value = '重点任务';
  ws.getCell('C1').value = '牵头单位';
  ws.getCell('D1').value = '工作情况';
  ws.getCell('D2').value = '进展情况';
  ws.getCell('E2').value = '校验意见';
  ws.mergeCells('A1:A2');
  ws.mergeCells('B1:B2');
  ws.mergeCells('C1:C2');
  ws.mergeCells('D1:E1');
  ws.addRow([1, '建成城市书房12个', '市文广旅局', '已建成8个']);
  ws.addRow([2, '推进老旧小区改造', '', '正在推进']);
  return wb;
}

describe('an existing TaskLedger column under a group label', () => {
  it('is filled without writing over the group label or the column’s own header', async () => {
    const input = path.join(tmp(), 'grouped.xlsx');
    const output = path.join(tmp(), 'grouped.checked.xlsx');
    await groupedHeader().xlsx.writeFile(input);

    const result = await checkFile(input, { locale: 'zh-CN', output });
    expect(result.error).toBeNull();
    const notes = result.sheets[0]?.plan?.columns.find((c) => c.key === 'comments');
    expect(notes).toMatchObject({ col: 5, created: false });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('台账');
    expect(ws?.getCell('D1').value).toBe('工作情况');
    expect(ws?.getCell('E1').master.address).toBe('D1');
    expect(ws?.getCell('E2').value).toBe('校验意见');
    // The second task has no lead unit: its note lands in the existing column.
    expect(String(ws?.getCell('E4').value)).toContain('牵头单位');
  });
});
