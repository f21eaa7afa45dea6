/** Runs a precompiled global regex over part of a text and turns matches into evidence. */
import type { TextSpan } from './text-span';
import type { Evidence, MeasurableKind } from './types';

export interface MatchFilter {
  (m: RegExpExecArray, slice: string): boolean;
}

/**
 * Appends to `out` the matches of `re` (must have the g flag) in span.norm, as evidence of `kind`. When
 * the regex has a named group "ev", only that group is reported as the evidence span.
 */
export function regexEvidence(re: RegExp, kind: MeasurableKind, span: TextSpan, out: Evidence[], keep?: MatchFilter): void {
  const slice = span.norm;
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
    const start = span.from + offset;
    out.push({ kind, text: span.original.slice(start, start + len), start, end: start + len });
  }
}
