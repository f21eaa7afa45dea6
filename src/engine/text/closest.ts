/** Dice coefficient over characters and character pairs: good for short Chinese terms. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const grams = (s: string): string[] => {
    const chars = [...s];
    const out = [...chars];
    for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  const pool = new Map<string, number>();
  for (const g of gb) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return ga.length + gb.length === 0 ? 0 : (2 * shared) / (ga.length + gb.length);
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
