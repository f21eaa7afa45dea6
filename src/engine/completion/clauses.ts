/** A span of text between clause punctuation (，；。 and line breaks). */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Clause punctuation by char code (indexing a CJK string by character would allocate), as a lookup table. */
const BREAK = new Uint8Array(0x10000);
for (const c of '，,；;。！!？?\n\r') BREAK[c.charCodeAt(0)] = 1;

/** Splits text into clauses, keeping offsets into the original text. */
export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || BREAK[text.charCodeAt(i)] === 1) {
      if (i > start) out.push({ text: text.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return out;
}

export function clauseAt(clauses: readonly Clause[], offset: number): Clause | null {
  for (const c of clauses) if (offset >= c.start && offset < c.end) return c;
  return null;
}
