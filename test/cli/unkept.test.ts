import { unkeptParts } from '../../src/cli/xlsx/load-workbook';

describe('parts the checked copy cannot keep', () => {
  it('are found by their names in the zip directory', () => {
    const zipLike = Buffer.concat([
      Buffer.from('PK\u0003\u0004....xl/worksheets/sheet1.xml....xl/charts/chart1.xml....'),
      Buffer.from('xl/vbaProject.bin'),
    ]);
    expect(unkeptParts(zipLike)).toEqual(['charts', 'macros']);
    expect(unkeptParts(Buffer.from('PK\u0003\u0004 xl/worksheets/sheet1.xml'))).toEqual([]);
    expect(unkeptParts(Buffer.from('PK\u0003\u0004 xl/ctrlProps/ctrlProp1.xml'))).toEqual(['controls']);
  });
});
