/** Directional verbs (推进, 加强 …) found in a text, in order of first appearance, without duplicates. */
import { DIRECTIONAL_VERBS } from './vocabulary';
import { wordAt, wordIndex } from './word-scan';

/** Matches of DIRECTIONAL_VERBS.join('|') as a global regex (longer forms are listed first). */
export const DIRECTIONAL_WORDS = wordIndex(DIRECTIONAL_VERBS);

export function directionalVerbs(norm: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < norm.length) {
    const v = wordAt(DIRECTIONAL_WORDS, norm, i);
    if (v === null) {
      i++;
      continue;
    }
    if (!out.includes(v)) out.push(v);
    i += v.length;
  }
  return out;
}
