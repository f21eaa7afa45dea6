/// <reference types="office-js" />
/**
 * Reads of cell formats are sized by cellPropertiesBytes: never below what Excel returns for a cell,
 * or a read sized for the budget comes back over Excel on the web's 5 MB and is refused.
 */
import { FakeExcel, ledgerGrid, loadGrid } from '../../src/excel-fake';
import { BLOCK_FORMAT_SPEC, HEADER_FORMAT_SPEC } from '../../src/excel/apply/capture';
import { cellPropertiesBytes } from '../../src/excel/apply/props-bytes';
import { jsonBytes } from '../../src/excel/payload';

const BORDER = { style: 'SlantDashDot', color: '#1F4E78', weight: 'Hairline' };
const ALL_EDGES = {
  EdgeTop: BORDER, EdgeBottom: BORDER, EdgeLeft: BORDER, EdgeRight: BORDER,
  InsideHorizontal: BORDER, InsideVertical: BORDER, DiagonalDown: BORDER, DiagonalUp: BORDER,
};

async function cellProperties(spec: Excel.CellPropertiesLoadOptions): Promise<Excel.CellProperties> {
  const excel = new FakeExcel();
  const grid = ledgerGrid(3);
  grid.formats = {
    B3: {
      wrapText: true, verticalAlignment: 'Distributed', horizontalAlignment: 'CenterAcrossSelection',
      fillColor: '#DDEBF7', fontBold: true, fontColor: '#C00000', fontSize: 10.5, borders: ALL_EDGES,
    },
  };
  loadGrid(excel, grid);
  return excel.host().run({ delayForCellEdit: false }, async (context) => {
    const props = context.workbook.worksheets.getItem('台账').getRange('B3').getCellProperties(spec);
    await context.sync();
    // A ClientResult (getCellProperties) is filled by sync, not by load; the rule takes it for a proxy object.
    // eslint-disable-next-line office-addins/load-object-before-read
    const cell = props.value[0]?.[0];
    if (!cell) throw new Error('no cell properties');
    return cell;
  });
}

test.each([
  ['block', BLOCK_FORMAT_SPEC],
  ['header', HEADER_FORMAT_SPEC],
])('the %s estimate covers a cell with the longest value of every field loaded', async (_name, spec) => {
  const cell = await cellProperties(spec);
  expect(cellPropertiesBytes(spec)).toBeGreaterThanOrEqual(jsonBytes(cell));
  // Not wildly above either: reads would take more round trips than they need.
  expect(cellPropertiesBytes(spec)).toBeLessThan(jsonBytes(cell) * 1.2);
});

test('getCellProperties names a cell\'s eight borders as Excel.CellBorderCollection does', async () => {
  const cell = await cellProperties(BLOCK_FORMAT_SPEC);
  expect(Object.keys(cell.format?.borders ?? {}).sort()).toEqual(
    ['bottom', 'diagonalDown', 'diagonalUp', 'horizontal', 'left', 'right', 'top', 'vertical'],
  );
  expect(cell.format?.borders?.top).toEqual(BORDER);
});
