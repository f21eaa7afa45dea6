/**
 * Character-set tests and removal by UTF-16 code, for the hot spots where a one-character-class regex
 * (`/[\s…]/gu` with replace) would scan and allocate: a lookup table read per code unit instead.
 */

/** JavaScript's \s (with or without the u flag): white space and line terminators. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A table of the given characters (each a single UTF-16 unit), plus \s when `spaces` is set. */
export function charTable(chars: string, spaces: boolean): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  if (spaces) for (let c = 0; c < 0x10000; c++) if (isJsSpace(c)) table[c] = 1;
  return table;
}

/** text.replace(/[set]/gu, '') for a set of single-unit characters given as a table. */
export function removeChars(text: string, table: Uint8Array): string {
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] !== 1) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  let from = i + 1;
  for (i = from; i < text.length; i++) {
    if (table[text.charCodeAt(i)] !== 1) continue;
    if (i > from) out += text.slice(from, i);
    from = i + 1;
  }
  return from < text.length ? out + text.slice(from) : out;
}

/** Index of the first code unit that is not \s, or text.length. */
export function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A table of the first (or last) code unit of each word: a cheap necessary test before an anchored regex. */
export function edgeTable(words: readonly string[], edge: 'first' | 'last'): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const w of words) if (w.length > 0) table[w.charCodeAt(edge === 'first' ? 0 : w.length - 1)] = 1;
  return table;
}

/** True when the last code unit of text is in the table. */
export function lastIn(text: string, table: Uint8Array): boolean {
  return text.length > 0 && table[text.charCodeAt(text.length - 1)] === 1;
}

/** True when the first code unit of text is in the table. */
export function firstIn(text: string, table: Uint8Array): boolean {
  return text.length > 0 && table[text.charCodeAt(0)] === 1;
}
