/** Runs a precompiled global regex over part of a text and turns matches into evidence. */
import type { Evidence, MeasurableKind } from './types';

export interface MatchFilter {
  (m: RegExpExecArray, slice: string): boolean;
}

/**
 * Matches of `re` (must have the g flag) in text[from, to), as evidence of `kind`. When the regex has a
 * named group "ev", only that group is reported as the evidence span.
 */
export function regexEvidence(
  re: RegExp,
  kind: MeasurableKind,
  norm: string,
  original: string,
  from: number,
  to: number,
  keep?: MatchFilter,
): Evidence[] {
  const slice = norm.slice(from, to);
  const out: Evidence[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (keep && !keep(m, slice)) continue;
    const ev = m.groups?.['ev'];
    const offset = ev !== undefined ? m.index + m[0].indexOf(ev) : m.index;
    const len = ev !== undefined ? ev.length : m[0].length;
    const start = from + offset;
    out.push({ kind, text: original.slice(start, start + len), start, end: start + len });
  }
  return out;
}
