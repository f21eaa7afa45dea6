/** A percentage typed by a person ("75", "75%", "62.5 ％"; 0–100) as a fraction, or null when it is not one. */
export function typedPercent(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{1,3}(?:\.\d+)?)\s*[%％]?\s*$/u.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 0 && n <= 100 ? n / 100 : null;
}
