const encoder = new TextEncoder();

/** UTF-8 size of a value's JSON, the way a request or response travels to Excel on the web. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : encoder.encode(text).length;
}
