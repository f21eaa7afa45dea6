/** Splits a cell into its numbered items: "1.… 2.…", "（1）…（2）…", "①…②…", "一、…二、…", "一是…；二是…". */
import { findListMarkers, smallCnValue } from '../quantity/list-markers';
import type { ListMarker } from '../quantity/list-markers';
import { normalizeChars } from '../quantity/normalize-chars';
import type { NumberedItem } from './types';

/** JavaScript's \s: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** /[\s,，;；]/ */
function isTail(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b;
}

/** /[\s,，;；。、:：]/ */
function isLead(c: number): boolean {
  return isTail(c) || c === 0x3002 || c === 0x3001 || c === 0x3a || c === 0xff1a;
}

function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isLead(text.charCodeAt(s))) s++;
  while (e > s && isTail(text.charCodeAt(e - 1))) e--;
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

/**
 * "一是…；二是…；三是…" and "第一，…第二，…": items counted in words, at the start of the text or after a
 * punctuation mark or space (not 统一是, 唯一是). Only a text without numbered markers is read this way.
 */
const SHI_MARKER = /(?<=^|[\s，,。；;：:、])(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})[，,、：:])/gu;

function shiMarkers(norm: string): ListMarker[] {
  if (!norm.includes('是') && !norm.includes('第')) return [];
  const out: ListMarker[] = [];
  SHI_MARKER.lastIndex = 0;
  for (let m = SHI_MARKER.exec(norm); m; m = SHI_MARKER.exec(norm)) {
    const value = smallCnValue(m[1] ?? m[2] ?? '');
    if (value !== null) out.push({ start: m.index, end: m.index + m[0].length, value, style: 'cnShi' });
  }
  return out;
}

/** The numbering chain of a normalised text (normalizeChars), shared by items and preamble. */
export function numberingOf(norm: string): ListMarker[] {
  const numbered = chain(findListMarkers(norm));
  if (numbered.length > 0) return numbered;
  const counted = chain(shiMarkers(norm));
  // One "一是" with no "二是" enumerates nothing.
  return counted.length >= 2 ? counted : numbered;
}

/** The items of a text given its numbering chain (see numberingOf). */
export function itemsOf(text: string, markers: readonly ListMarker[]): NumberedItem[] {
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

/** The part before the first numbered item given the numbering chain, if any. */
export function preambleOf(text: string, markers: readonly ListMarker[]): { start: number; end: number } | null {
  const first = markers[0];
  if (!first || first.start === 0) return null;
  const span = trimmedSpan(text, 0, first.start);
  return span.end > span.start ? span : null;
}

/** Text before the first marker (a heading such as "目标：") is not an item. */
export function splitNumberedItems(text: string): NumberedItem[] {
  if (typeof text !== 'string') return [];
  return itemsOf(text, numberingOf(normalizeChars(text)));
}

/** The part before the first numbered item, if any. */
export function preambleSpan(text: string): { start: number; end: number } | null {
  return preambleOf(text, numberingOf(normalizeChars(text)));
}
