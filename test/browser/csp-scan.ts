/** Reads built pages and bundles for what the Content-Security-Policy forbids. */

export type Policy = Map<string, string[]>;

/** The policy of the page's <meta http-equiv="Content-Security-Policy">, or null when it has none. */
export function metaPolicy(html: string): { policy: Policy; index: number } | null {
  const tag = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')[^>]*>/iu.exec(html);
  if (!tag) return null;
  const policy: Policy = new Map();
  for (const part of (tag[1] ?? tag[2] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return { policy, index: tag.index };
}

/** The first <script>, <style> or <link> of the page: the policy must come before it to govern it. */
export function firstResourceIndex(html: string): number {
  const found = /<(script|style|link)\b/iu.exec(html);
  return found ? found.index : html.length;
}

export interface ScriptTag {
  src: string | null;
  body: string;
}

export function scriptTags(html: string): ScriptTag[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)].map((m) => {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/iu.exec(m[1] ?? '');
    return { src: src ? (src[1] ?? src[2] ?? src[3] ?? '') : null, body: (m[2] ?? '').trim() };
  });
}

/** Inline event handlers (onclick=...) and javascript: URLs: script in markup, refused by the policy anyway. */
export function markupScript(html: string): string[] {
  return [...html.matchAll(/\son[a-z]+\s*=|javascript:/giu)].map((m) => m[0].trim());
}

/** Calls that compile strings to code. */
const DYNAMIC_CODE = [
  /(?<![\w$.])eval\s*\(/gu,
  /(?<![\w$.])(?:new\s+)?Function\s*\(/gu,
  /(?<![\w$.])set(?:Timeout|Interval)\s*\(\s*["'`]/gu,
];

/**
 * Known, harmless occurrences, each with the reason it is allowed:
 * zod's probe `try { new Function("") }`, which zod skips when `jitless` is set; every entry sets it
 * first (src/excel/ui/no-eval.ts) and the browser tests see no eval violation.
 */
const EXPLAINED = [/\.jitless\)return!1;[^]{0,200}?try\{return new Function\(""\),!0\}catch/gu];

/** Dynamic-code calls in a bundle that no entry of EXPLAINED accounts for, with some context. */
export function unexplainedDynamicCode(source: string): string[] {
  const explained: [number, number][] = [];
  for (const pattern of EXPLAINED) {
    for (const m of source.matchAll(pattern)) explained.push([m.index, m.index + m[0].length]);
  }
  const found: string[] = [];
  for (const pattern of DYNAMIC_CODE) {
    for (const m of source.matchAll(pattern)) {
      if (explained.some(([from, to]) => m.index >= from && m.index < to)) continue;
      found.push(source.slice(Math.max(0, m.index - 60), m.index + 60));
    }
  }
  return found;
}
