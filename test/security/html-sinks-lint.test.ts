/**
 * ESLint keeps HTML sinks out of src/ (eslint.config.mjs): document text is rendered as text. This
 * lints a probe that uses each sink, as if it were a file of the task pane, and expects every one
 * to be refused.
 */
import { spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

const PROBE = `import { createElement as h } from 'react';
export function probe(el: HTMLElement, text: string): unknown {
  el.innerHTML = text;
  el['outerHTML'] = text;
  el.insertAdjacentHTML('beforeend', text);
  document.write(text);
  document.createRange().createContextualFragment(text);
  new Function(text);
  return h('div', { dangerouslySetInnerHTML: { __html: text } });
}
`;

interface LintMessage {
  line: number;
  ruleId: string | null;
}

test('every HTML sink and string-to-code call in src/ is an ESLint error', () => {
  const eslint = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
  const run = spawnSync(process.execPath, [eslint, '--stdin', '--stdin-filename', 'src/taskpane/probe.ts', '--format', 'json'], {
    cwd: ROOT, input: PROBE, encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  const flagged = new Map((result?.messages ?? []).map((m) => [m.line, m.ruleId]));
  expect(Object.fromEntries(flagged)).toEqual({
    3: 'no-restricted-properties',
    4: 'no-restricted-properties',
    5: 'no-restricted-properties',
    6: 'no-restricted-properties',
    7: 'no-restricted-properties',
    8: 'no-new-func',
    9: 'no-restricted-syntax',
  });
}, 60_000);
