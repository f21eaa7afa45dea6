import { ProgressBar } from '../../src/cli/terminal/progress-bar';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('the terminal progress bar', () => {
  it('draws and clears itself on a terminal', () => {
    const { stream, writes } = fakeStream(true);
    const bar = new ProgressBar(stream);
    bar.update(1, 4, 'a.xlsx · 台账');
    bar.clear();
    expect(writes[0]).toContain('1/4 a.xlsx · 台账');
    expect(writes[0]).toContain('██████░');
    expect(writes[1]).toBe('\r\x1b[2K');
  });

  it('stays silent when output is not a terminal (CI, pipes, files)', () => {
    const { stream, writes } = fakeStream(false);
    const bar = new ProgressBar(stream);
    bar.update(1, 4, 'a.xlsx');
    bar.clear();
    expect(writes).toEqual([]);
  });
});
