/**
 * Character and character-pair grams of a text, as sorted numbers (pairs are 65536+a*65536+b),
 * for the Dice coefficient. Computing them once per text keeps repeated comparisons cheap.
 */
export function grams(text: string): Float64Array {
  const n = text.length;
  const out = new Float64Array(n > 0 ? 2 * n - 1 : 0);
  let k = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    out[k++] = code;
    if (prev >= 0) out[k++] = 65536 + prev * 65536 + code;
    prev = code;
  }
  return out.sort();
}

/** Dice coefficient over precomputed (sorted) grams: a multiset intersection by merging. */
export function diceOfGrams(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length + b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Scratch counts by char code, all zero between calls (each call clears what it set). Shared
 * characters are a multiset intersection: Σ min(count in a, count in b), which is what matching
 * each character of a to the first unused equal one of b counts.
 */
const CHAR_COUNTS = new Uint8Array(0x10000);

/** Shared characters and shared character pairs of two short strings (≤ 31), without allocating. */
function sharedShort(a: string, b: string): number {
  let shared = 0;
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j);
    CHAR_COUNTS[c] = (CHAR_COUNTS[c] ?? 0) + 1;
  }
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const count = CHAR_COUNTS[c] ?? 0;
    if (count > 0) {
      CHAR_COUNTS[c] = count - 1;
      shared++;
    }
  }
  // Now mark b's characters as present: a pair of a whose first character b lacks cannot match.
  for (let j = 0; j < b.length; j++) CHAR_COUNTS[b.charCodeAt(j)] = 1;
  let usedPairs = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    const c0 = a.charCodeAt(i);
    if (CHAR_COUNTS[c0] === 0) continue;
    const c1 = a.charCodeAt(i + 1);
    for (let j = 0; j + 1 < b.length; j++) {
      if ((usedPairs & (1 << j)) === 0 && b.charCodeAt(j) === c0 && b.charCodeAt(j + 1) === c1) {
        usedPairs |= 1 << j;
        shared++;
        break;
      }
    }
  }
  for (let j = 0; j < b.length; j++) CHAR_COUNTS[b.charCodeAt(j)] = 0;
  return shared;
}

/** Dice coefficient over characters and character pairs: good for short Chinese terms. */
export function similarity(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const total = (a.length > 0 ? 2 * a.length - 1 : 0) + (b.length > 0 ? 2 * b.length - 1 : 0);
  if (total === 0) return 0;
  if (a.length <= 31 && b.length <= 31) return (2 * sharedShort(a, b)) / total;
  return diceOfGrams(grams(a), grams(b));
}

/** A text compared many times: its grams are computed once, when first needed. */
export class GramText {
  private cached: Float64Array | null = null;

  constructor(readonly text: string) {}

  grams(): Float64Array {
    return (this.cached ??= grams(this.text));
  }
}

/** similarity(a.text, b.text), reusing the grams of long texts. */
export function similarityOf(a: GramText, b: GramText): number {
  const x = a.text;
  const y = b.text;
  if (x.length <= 31 && y.length <= 31) return similarity(x, y);
  if (x === y) return 1;
  return diceOfGrams(a.grams(), b.grams());
}

/** The candidate most like `text`, or null when none shares enough ("按期推进" → "按时推进"). */
export function closest(text: string, candidates: readonly string[], minimum = 0.3): string | null {
  let best: string | null = null;
  let bestScore = minimum;
  for (const c of candidates) {
    const score = similarity(text, c);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The code unit at i of the text a + b, without joining them. */
function codeAt(a: string, b: string, i: number): number {
  return i < a.length ? a.charCodeAt(i) : b.charCodeAt(i - a.length);
}

/** sharedShort(a1 + a2, b1 + b2), without joining the strings. */
function sharedShortPairs(a1: string, a2: string, b1: string, b2: string): number {
  const n = a1.length + a2.length;
  const m = b1.length + b2.length;
  let shared = 0;
  for (let j = 0; j < m; j++) {
    const c = codeAt(b1, b2, j);
    CHAR_COUNTS[c] = (CHAR_COUNTS[c] ?? 0) + 1;
  }
  for (let i = 0; i < n; i++) {
    const c = codeAt(a1, a2, i);
    const count = CHAR_COUNTS[c] ?? 0;
    if (count > 0) {
      CHAR_COUNTS[c] = count - 1;
      shared++;
    }
  }
  for (let j = 0; j < m; j++) CHAR_COUNTS[codeAt(b1, b2, j)] = 1;
  let usedPairs = 0;
  for (let i = 0; i + 1 < n; i++) {
    const c0 = codeAt(a1, a2, i);
    if (CHAR_COUNTS[c0] === 0) continue;
    const c1 = codeAt(a1, a2, i + 1);
    for (let j = 0; j + 1 < m; j++) {
      if ((usedPairs & (1 << j)) === 0 && codeAt(b1, b2, j) === c0 && codeAt(b1, b2, j + 1) === c1) {
        usedPairs |= 1 << j;
        shared++;
        break;
      }
    }
  }
  for (let j = 0; j < m; j++) CHAR_COUNTS[codeAt(b1, b2, j)] = 0;
  return shared;
}

/** similarity(a1 + a2, b1 + b2), without joining short strings. */
export function similarityOfPairs(a1: string, a2: string, b1: string, b2: string): number {
  const n = a1.length + a2.length;
  const m = b1.length + b2.length;
  if (n > 31 || m > 31) return similarity(a1 + a2, b1 + b2);
  const total = (n > 0 ? 2 * n - 1 : 0) + (m > 0 ? 2 * m - 1 : 0);
  if (total === 0) return 0;
  return (2 * sharedShortPairs(a1, a2, b1, b2)) / total;
}
