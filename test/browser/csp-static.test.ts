/**
 * @jest-environment node
 *
 * The production builds of the add-in and the preview, read as files: every page carries its
 * Content-Security-Policy ahead of any resource, with no inline script, no eval and no origin but
 * its own (plus Office.js's CDN where Office.js loads), and no bundle compiles strings to code.
 */
import { readFileSync } from 'fs';
import path from 'path';
import type { BuiltBundle } from '../../src/preview/build/build-bundle';
import { cachedBuild } from '../../src/preview/build/cached-build';
import { firstResourceIndex, markupScript, metaPolicy, scriptTags, unexplainedDynamicCode } from './csp-scan';
import { OFFICE_JS_URL } from './office-stub';

const OFFICE_ORIGIN = new URL(OFFICE_JS_URL).origin;

let addin: BuiltBundle;
let preview: BuiltBundle;

beforeAll(async () => {
  addin = await cachedBuild('addin');
  preview = await cachedBuild('preview');
}, 300_000);

interface PageCase {
  build: () => BuiltBundle;
  file: string;
  /** Script origins besides 'self'. */
  scriptOrigins: string[];
  /** Needs 'unsafe-inline' styles (Fluent UI's Griffel, Office.js). */
  inlineStyles: boolean;
}

const PAGES: PageCase[] = [
  { build: () => addin, file: 'taskpane.html', scriptOrigins: [OFFICE_ORIGIN], inlineStyles: true },
  { build: () => addin, file: 'commands.html', scriptOrigins: [OFFICE_ORIGIN], inlineStyles: true },
  { build: () => addin, file: 'dialog.html', scriptOrigins: [], inlineStyles: false },
  { build: () => preview, file: 'index.html', scriptOrigins: [], inlineStyles: true },
];

const read = (built: BuiltBundle, file: string): string => readFileSync(path.join(built.dir, file), 'utf8');

describe('the built pages', () => {
  test('every page of the builds is one of those checked here', () => {
    expect(addin.assets.filter((f) => f.endsWith('.html')).sort()).toEqual(['commands.html', 'dialog.html', 'taskpane.html']);
    expect(preview.assets.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
  });

  test.each(PAGES)('$file has its policy before any script, style or link', ({ build, file }) => {
    const html = read(build(), file);
    const meta = metaPolicy(html);
    expect(meta).not.toBeNull();
    expect(meta?.index ?? Infinity).toBeLessThan(firstResourceIndex(html));
  });

  test.each(PAGES)('$file allows scripts only from its own origin (and Office.js), never inline or eval', ({ build, file, scriptOrigins, inlineStyles }) => {
    const policy = metaPolicy(read(build(), file))?.policy ?? new Map<string, string[]>();
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", ...scriptOrigins]);
    expect(policy.get('style-src')).toEqual(inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource).not.toContain("'unsafe-eval'");
    expect(everySource.filter((s) => s === '*' || /^(https?|data|blob|ws|wss):$/u.test(s))).toEqual([]);
  });

  test.each(PAGES)('$file has no inline script: every <script> is an external file with no body', ({ build, file, scriptOrigins }) => {
    const html = read(build(), file);
    const scripts = scriptTags(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.body).toBe('');
      expect(script.src).not.toBeNull();
      const src = script.src ?? '';
      if (/^[a-z]+:/iu.test(src) || src.startsWith('//')) expect(scriptOrigins.map((o) => `${o}/lib/1/hosted/office.js`)).toContain(src);
      else expect(build().assets).toContain(src);
    }
    expect(markupScript(html)).toEqual([]);
  });
});

describe('the built bundles', () => {
  test('no bundle calls eval, new Function or a string timer (known, disabled probes aside)', () => {
    const found: Record<string, string[]> = {};
    for (const built of [addin, preview]) {
      for (const file of built.assets.filter((f) => f.endsWith('.js'))) {
        const hits = unexplainedDynamicCode(read(built, file));
        if (hits.length > 0) found[`${path.basename(built.dir)}/${file}`] = hits;
      }
    }
    expect(found).toEqual({});
  });

  test('no webpack devtool of any build mode evaluates modules (eval-* source maps)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: { mode: string }) => { devtool?: string | false };
    for (const env of [{}, { preview: true }]) {
      for (const mode of ['development', 'production']) {
        expect(String(factory(env, { mode }).devtool)).not.toMatch(/eval/u);
      }
    }
  });
});
