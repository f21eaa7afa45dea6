/// <reference types="office-js" />
import type { BorderState, CellFormatState } from '../state';

/**
 * The fake keeps borders by Excel.BorderIndex (EdgeTop …). getCellProperties and setCellProperties name a cell's borders differently (Excel.CellBorderCollection):
 * top, bottom, left, right, and also horizontal, vertical, diagonalDown and diagonalUp, all eight
 * returned for a cell whose borders are loaded.
 */
const CELL_BORDER_KEYS: Readonly<Record<keyof Excel.CellBorderCollection, string>> = {
  top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight',
  horizontal: 'InsideHorizontal', vertical: 'InsideVertical', diagonalDown: 'DiagonalDown', diagonalUp: 'DiagonalUp',
};
const CELL_BORDERS = Object.entries(CELL_BORDER_KEYS) as [keyof Excel.CellBorderCollection, string][];
const DEFAULT_BORDER: BorderState = { style: 'None', color: '#000000', weight: 'Thin' };
const DEFAULTS = {
  wrapText: false, verticalAlignment: 'Bottom', horizontalAlignment: 'General',
  fillColor: '#FFFFFF', fontBold: false, fontColor: '#000000', fontSize: 11,
};

/** A cell's format as Excel.CellProperties["format"] (the subset the fake keeps). */
export function toCellPropertiesFormat(f: CellFormatState | undefined): Excel.CellPropertiesFormat {
  const borders: Excel.CellBorderCollection = {};
  for (const [key, index] of CELL_BORDERS) {
    const b = f?.borders?.[index] ?? DEFAULT_BORDER;
    borders[key] = { style: b.style as Excel.CellBorder['style'], color: b.color, weight: b.weight as Excel.CellBorder['weight'] };
  }
  return {
    wrapText: f?.wrapText ?? DEFAULTS.wrapText,
    verticalAlignment: (f?.verticalAlignment ?? DEFAULTS.verticalAlignment) as Excel.CellPropertiesFormat['verticalAlignment'],
    horizontalAlignment: (f?.horizontalAlignment ?? DEFAULTS.horizontalAlignment) as Excel.CellPropertiesFormat['horizontalAlignment'],
    fill: { color: f?.fillColor ?? DEFAULTS.fillColor },
    font: { bold: f?.fontBold ?? DEFAULTS.fontBold, color: f?.fontColor ?? DEFAULTS.fontColor, size: f?.fontSize ?? DEFAULTS.fontSize },
    borders,
  };
}

function setOrDrop<K extends keyof CellFormatState>(f: CellFormatState, key: K, value: CellFormatState[K] | undefined, dflt: unknown): void {
  if (value === undefined) return;
  if (value === dflt) delete f[key];
  else f[key] = value;
}

/** Applies Excel.SettableCellProperties["format"] to a stored format; defaults are dropped, so a restore is exact. */
export function applyCellPropertiesFormat(current: CellFormatState | undefined, p: Excel.CellPropertiesFormat | undefined): CellFormatState {
  const f: CellFormatState = JSON.parse(JSON.stringify(current ?? {})) as CellFormatState;
  if (!p) return f;
  setOrDrop(f, 'wrapText', p.wrapText, DEFAULTS.wrapText);
  setOrDrop(f, 'verticalAlignment', p.verticalAlignment, DEFAULTS.verticalAlignment);
  setOrDrop(f, 'horizontalAlignment', p.horizontalAlignment, DEFAULTS.horizontalAlignment);
  setOrDrop(f, 'fillColor', p.fill?.color, DEFAULTS.fillColor);
  setOrDrop(f, 'fontBold', p.font?.bold, DEFAULTS.fontBold);
  setOrDrop(f, 'fontColor', p.font?.color, DEFAULTS.fontColor);
  setOrDrop(f, 'fontSize', p.font?.size, DEFAULTS.fontSize);
  if (p.borders) {
    const borders = { ...(f.borders ?? {}) };
    for (const [key, edge] of CELL_BORDERS) {
      const b = p.borders[key];
      if (!b) continue;
      const next: BorderState = { ...(borders[edge] ?? DEFAULT_BORDER) };
      if (b.style !== undefined) next.style = b.style;
      if (b.color !== undefined) next.color = b.color;
      if (b.weight !== undefined) next.weight = b.weight;
      if (next.style === DEFAULT_BORDER.style && next.color === DEFAULT_BORDER.color && next.weight === DEFAULT_BORDER.weight) delete borders[edge];
      else borders[edge] = next;
    }
    if (Object.keys(borders).length > 0) f.borders = borders;
    else delete f.borders;
  }
  return f;
}
