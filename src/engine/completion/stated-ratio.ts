import type { CellValue } from '../sheet/snapshot';
import { isErrorValue } from '../sheet/snapshot';

export type StatedRatio = { kind: 'empty' } | { kind: 'ratio'; ratio: number } | { kind: 'invalid'; text: string };

/**
 * Reads what a person wrote in a ratio cell: 0.85 (a number formatted as a percentage), 85
 * (meaning 85%), "85%", "85.0％", "100%". Anything else (text, errors) is invalid.
 */
export function readStatedRatio(value: CellValue, isPlaceholder: (text: string) => boolean): StatedRatio {
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return { kind: 'invalid', text: String(value) };
    return { kind: 'ratio', ratio: value > 1.5 ? value / 100 : value };
  }
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value) };
  if (isErrorValue(value)) return { kind: 'invalid', text: value.error };
  const text = value.normalize('NFKC').trim();
  if (isPlaceholder(text)) return { kind: 'empty' };
  const m = /^(?:约|达)?\s*(\d+(?:\.\d+)?)\s*(%?)$/u.exec(text.replace(/\s+/gu, ''));
  if (!m) return { kind: 'invalid', text: value.trim() };
  const n = Number(m[1]);
  return { kind: 'ratio', ratio: m[2] || n > 1.5 ? n / 100 : n };
}
