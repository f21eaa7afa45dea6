/** A one-line progress bar on stderr, shown only on a terminal. */
export class ProgressBar {
  private active = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  get enabled(): boolean {
    return Boolean(this.stream.isTTY);
  }

  update(done: number, total: number, label: string): void {
    if (!this.enabled || total <= 0) return;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.stream.write(`\r\x1b[2K${bar} ${done}/${total} ${label}`);
    this.active = true;
  }

  clear(): void {
    if (this.active) this.stream.write('\r\x1b[2K');
    this.active = false;
  }
}
