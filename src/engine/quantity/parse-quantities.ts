/** Quantities (number + unit, counter, currency or rate) with qualifiers and ranges. */
import { cleanFloat } from './find-numbers';
import { qualifierFor } from './qualifiers';
import type { Scan, ScannedNumber } from './scan-numbers';
import { scanNumbers } from './scan-numbers';
import type { Quantity, QuantityKind } from './types';

/** The quantity of one scanned number; a range start it absorbs is cleared from `out` (by index). */
function fromScanned(scan: Scan, s: ScannedNumber, list: readonly ScannedNumber[], out: (Quantity | null)[], offset: number): Quantity | null {
  const { num, unit } = s;
  let start = num.start;
  let end: number;
  let value = num.value;
  let base: string;
  let kind: QuantityKind;
  if (num.percentPrefix) {
    end = num.end;
    base = num.percentPrefix;
    kind = 'rate';
  } else if (unit && unit.entry.kind !== 'exclude') {
    end = unit.end;
    base = unit.base;
    kind = unit.entry.kind;
    value = value + (value < 0 ? -unit.add : unit.add);
  } else if (s.currency) {
    end = num.end;
    base = s.currency.base;
    kind = 'amount';
  } else {
    return null;
  }
  if (s.currency && kind === 'amount') start = s.currency.start;

  let range: Quantity['range'];
  if (s.rangeFrom !== null) {
    const a = list[s.rangeFrom];
    if (a) {
      const scale = !a.num.hasBigUnit && num.tailScale > 1 ? num.tailScale : 1;
      const min = a.num.value * scale;
      if (min <= value) {
        range = { min: cleanFloat(min), max: cleanFloat(value) };
        start = a.currency ? a.currency.start : a.num.start;
        out[s.rangeFrom] = null;
      }
    }
  }
  const qualifier = qualifierFor(scan.norm, start, end, (unit?.approx ?? false) || num.approx);
  const q: Quantity = {
    text: scan.text.slice(start, end),
    start: start + offset,
    end: end + offset,
    value: cleanFloat(value),
    unit: base,
    kind,
    qualifier,
    // Always present (undefined when there is none, which JSON leaves out): every quantity has one shape.
    range,
  };
  return q;
}

/** The quantities of a scan; with an offset, positions are moved by it (the scan being of a slice at that offset). */
export function quantitiesOfScan(scan: Scan, offset = 0): Quantity[] {
  const list = scan.numbers;
  if (list.length === 0) return [];
  const out: (Quantity | null)[] = [];
  for (const s of list) out.push(s.exclude ? null : fromScanned(scan, s, list, out, offset));
  const result: Quantity[] = [];
  for (const q of out) if (q) result.push(q);
  return result;
}

export function parseQuantities(text: string): Quantity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  return quantitiesOfScan(scanNumbers(text));
}
