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

/** Shared characters and shared character pairs of two short strings (≤ 31), without allocating. */
function sharedShort(a: string, b: string): number {
  let shared = 0;
  let usedChars = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    for (let j = 0; j < b.length; j++) {
      if ((usedChars & (1 << j)) === 0 && b.charCodeAt(j) === c) {
        usedChars |= 1 << j;
        shared++;
        break;
      }
    }
  }
  let usedPairs = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    const c0 = a.charCodeAt(i);
    const c1 = a.charCodeAt(i + 1);
    for (let j = 0; j + 1 < b.length; j++) {
      if ((usedPairs & (1 << j)) === 0 && b.charCodeAt(j) === c0 && b.charCodeAt(j + 1) === c1) {
        usedPairs |= 1 << j;
        shared++;
        break;
      }
    }
  }
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
