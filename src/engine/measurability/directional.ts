/** Directional verbs (推进, 加强 …) found in a text, in order of first appearance, without duplicates. */
import { DIRECTIONAL_VERBS } from './vocabulary';

const DIRECTIONAL = new RegExp(DIRECTIONAL_VERBS.join('|'), 'g');

export function directionalVerbs(norm: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  DIRECTIONAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIONAL.exec(norm)) !== null) {
    const v = m[0];
    if (!seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}
