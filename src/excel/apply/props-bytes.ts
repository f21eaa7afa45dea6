/// <reference types="office-js" />
import { jsonBytes } from '../payload';

/**
 * The longest value Excel can return for each cell-format field TaskLedger loads (Excel.BorderLineStyle
 * SlantDashDot, BorderWeight Hairline, VerticalAlignment Distributed, HorizontalAlignment
 * CenterAcrossSelection, colours as #RRGGBB).
 */
const LONGEST: Readonly<Record<string, unknown>> = {
  style: 'SlantDashDot', weight: 'Hairline', color: '#000000', wrapText: false, bold: false, size: 10.5,
  verticalAlignment: 'Distributed', horizontalAlignment: 'CenterAcrossSelection',
};

/** getCellProperties returns all eight borders of a cell (Excel.CellBorderCollection). */
const CELL_BORDERS = ['top', 'bottom', 'left', 'right', 'horizontal', 'vertical', 'diagonalDown', 'diagonalUp'];

function sample(spec: Record<string, unknown>, key: string): unknown {
  const out: Record<string, unknown> = {};
  if (key === 'borders') {
    for (const edge of CELL_BORDERS) out[edge] = sample(spec, edge);
    return out;
  }
  for (const [k, v] of Object.entries(spec)) {
    if (v === true) out[k] = LONGEST[k] ?? '#000000';
    else if (v && typeof v === 'object') out[k] = sample(v as Record<string, unknown>, k);
  }
  return out;
}

/**
 * The most one cell's getCellProperties(spec) can add to a response: the JSON of a cell holding the
 * longest value of every field loaded, with a comma and brackets of the array around it. Used to size
 * reads of cell formats under the response budget (Excel on the web refuses a response over 5 MB).
 */
export function cellPropertiesBytes(spec: Excel.CellPropertiesLoadOptions): number {
  return jsonBytes(sample(spec as Record<string, unknown>, '')) + 4;
}
