/** `data-testid` (and other data-) attributes for components whose props types do not list them. */
export function dataAttrs(attrs: Record<string, string>): { readonly [key: `data-${string}`]: string } {
  return Object.fromEntries(Object.entries(attrs).map(([k, v]) => [`data-${k}`, v]));
}

export const testId = (id: string): { readonly [key: `data-${string}`]: string } => dataAttrs({ testid: id });
