import { runCli } from '../support/run-cli';

describe('taskledger explain (built CLI)', () => {
  it('classifies one text per stdin line, as JSON lines with --json', () => {
    const run = runCli(['explain', '--json'], { input: '整合到150个以内\n\n持续推进社会信用体系建设\n出台《临江市养老服务办法》\n' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; measurable: boolean; kinds: string[]; quantities: { text: string; value: number; unit: string }[] });
    expect(lines.map((l) => [l.text, l.measurable])).toEqual([
      ['整合到150个以内', true],
      ['持续推进社会信用体系建设', false],
      ['出台《临江市养老服务办法》', true],
    ]);
    expect(lines[0]?.quantities[0]).toMatchObject({ text: '150个', value: 150, unit: '个' });
    expect(lines[2]?.kinds).toContain('deliverable');
  });

  it('explains in words, in Chinese by default and in English on request', () => {
    const zh = runCli(['explain'], { input: '持续推进社会信用体系建设\n' });
    expect(zh.stdout).toContain('不可考核');
    expect(zh.stdout).toContain('建议');
    const en = runCli(['explain', '--lang', 'en-US'], { input: '持续推进社会信用体系建设\n' });
    expect(en.stdout).toMatch(/not measurable|cannot be assessed/iu);
  });
});
