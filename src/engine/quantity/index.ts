/** Chinese quantity parser: numbers, units, rates and qualifiers in ledger text. Pure. */
export type { NumberMatch, Qualifier, Quantity, QuantityKind } from './types';
export { findNumbers } from './find-numbers';
export { parseQuantities } from './parse-quantities';
export { parseChineseNumber } from './parse-chinese-number';
export type { NumeralStyle } from './format-quantity';
export { formatNumeral, formatQuantityValue, toChineseNumerals } from './format-quantity';
export type { ListMarker, MarkerStyle } from './list-markers';
export { findListMarkers } from './list-markers';
export { scanNumbers } from './scan-numbers';
export type { Scan, ScannedNumber } from './scan-numbers';
