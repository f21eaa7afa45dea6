/**
 * Literal word lists searched like the global regex `w1|w2|…`, without running a long alternation at every
 * position: a table of first characters skips most positions, and at a position the first word of the
 * list that matches wins (regex alternation order); a search resumes after the match.
 */

export interface WordIndex {
  /** 1 for the first UTF-16 unit of some word. */
  readonly first: Uint8Array;
  /** Words by their first unit, each group in list order. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

export function wordIndex(words: readonly string[]): WordIndex {
  const first = new Uint8Array(0x10000);
  const byFirst = new Map<number, string[]>();
  for (const w of words) {
    if (w.length === 0) throw new Error('wordIndex: empty word');
    const c = w.charCodeAt(0);
    first[c] = 1;
    const group = byFirst.get(c) ?? [];
    group.push(w);
    byFirst.set(c, group);
  }
  return { first, byFirst };
}

/** Candidate words starting at i (those whose first unit is s[i]), in list order; empty when none. */
export function wordsAt(ix: WordIndex, s: string, i: number): readonly string[] {
  const c = s.charCodeAt(i);
  if (i >= s.length || ix.first[c] !== 1) return NONE;
  return ix.byFirst.get(c) ?? NONE;
}

const NONE: readonly string[] = [];

/** The first word of the list that occurs at i, or null. */
export function wordAt(ix: WordIndex, s: string, i: number): string | null {
  for (const w of wordsAt(ix, s, i)) if (s.startsWith(w, i)) return w;
  return null;
}

/** s.replace(/w1|w2|…/g, ''). */
export function removeWords(ix: WordIndex, s: string): string {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < s.length) {
    const w = wordAt(ix, s, i);
    if (w === null) {
      i++;
      continue;
    }
    out += s.slice(last, i);
    i += w.length;
    last = i;
  }
  return last === 0 ? s : out + s.slice(last);
}
