/** Splits a cell into its numbered items: "1.… 2.…", "（1）…（2）…", "①…②…", "一、…二、…". */
import { findListMarkers } from '../quantity/list-markers';
import type { ListMarker } from '../quantity/list-markers';
import { normalizeChars } from '../quantity/normalize-chars';
import type { NumberedItem } from './types';

const LEAD = /[\s,，;；。、:：]/;
const TAIL = /[\s,，;；]/;

function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && LEAD.test(text[s] ?? '')) s++;
  while (e > s && TAIL.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** The numbering chain: markers of the style of the first "1", numbered 1, 2, 3 … in order. */
function chain(markers: readonly ListMarker[]): ListMarker[] {
  const first = markers.find((m) => m.value === 1);
  if (!first) return [];
  const out: ListMarker[] = [];
  let expected = 1;
  for (const m of markers) {
    if (m.start < first.start || m.style !== first.style) continue;
    if (m.value === expected) {
      out.push(m);
      expected++;
    }
  }
  return out;
}

/** Text before the first marker (a heading such as "目标：") is not an item. */
export function splitNumberedItems(text: string): NumberedItem[] {
  if (typeof text !== 'string') return [];
  const n = normalizeChars(text);
  const markers = chain(findListMarkers(n));
  const items: NumberedItem[] = [];
  if (markers.length === 0) {
    const span = trimmedSpan(text, 0, text.length);
    if (span.end > span.start) items.push({ index: 1, text: text.slice(span.start, span.end), start: span.start, end: span.end });
    return items;
  }
  markers.forEach((m, i) => {
    const next = markers[i + 1];
    const span = trimmedSpan(text, m.end, next ? next.start : text.length);
    items.push({ index: m.value, text: text.slice(span.start, span.end), start: span.start, end: span.end });
  });
  return items;
}

/** The part before the first numbered item, if any. */
export function preambleSpan(text: string): { start: number; end: number } | null {
  const n = normalizeChars(text);
  const first = chain(findListMarkers(n))[0];
  if (!first || first.start === 0) return null;
  const span = trimmedSpan(text, 0, first.start);
  return span.end > span.start ? span : null;
}
