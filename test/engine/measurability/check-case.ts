import { classifyTarget } from '../../../src/engine/measurability';

/** [text, measurable]: each table has cases on both sides of the rule it tests. */
export type Case = [string, boolean];

/** Classifies a target and checks the verdict and that every evidence span quotes the text. */
export function check(text: string, measurable: boolean): void {
  const m = classifyTarget(text);
  expect(m.measurable).toBe(measurable);
  for (const e of m.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
}
