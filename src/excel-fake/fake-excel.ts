/// <reference types="office-js" />
import type { ExcelHost, HostRunOptions } from '../excel/host';
import type { Evaluate } from './cell-input';
import { FakeRequestContext } from './context';
import { PAYLOAD_LIMIT_BYTES } from './errors';
import { WorkbookState } from './state';

export interface FakeStats {
  runs: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Syncs refused for payload size. */
  rejected: number;
  runOptions: HostRunOptions[];
}

function emptyStats(): FakeStats {
  return { runs: 0, syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, totalResponseBytes: 0, rejected: 0, runOptions: [] };
}

export interface FakeExcelOptions {
  /** The highest ExcelApi 1.x the fake claims (isSetSupported); default 20. */
  apiMinor?: number;
  /** False for a host that ignores Excel.run's delayForCellEdit (it fails batches in cell edit mode); default true. */
  honoursDelayForCellEdit?: boolean;
}

/**
 * How an injected hang behaves: the request never reaches Excel ('before-apply'), or Excel runs it
 * and the answer never comes back ('after-apply'). Either way the sync never settles.
 */
export type HangMode = 'before-apply' | 'after-apply';

/**
 * An in-memory Excel: a workbook state, a host whose run() hands out fake request contexts, sync
 * and byte counters, and error injection (cell edit mode, a lower payload limit for some syncs,
 * a sync that never returns).
 */
export class FakeExcel {
  readonly state = new WorkbookState();
  stats: FakeStats = emptyStats();
  apiMinor: number;
  readonly injections = { hangNextSync: false, limits: [] as number[], hangs: new Map<number, HangMode>() };
  readonly honoursDelayForCellEdit: boolean;
  cellEditing = false;
  /**
   * The result of a formula written through the API. The fake has no calculation engine; tests that
   * write formulas set this. By default every such formula evaluates to #CALC!.
   */
  evaluate: Evaluate = () => ({ error: '#CALC!' });
  /** Called at the start of every sync with the sync number (tests use it to edit the sheet mid-run). */
  beforeSync: ((sync: number) => void) | null = null;
  private cellEditWaiters: (() => void)[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = options.apiMinor ?? 20;
    this.honoursDelayForCellEdit = options.honoursDelayForCellEdit ?? true;
  }

  /** Sync number `sync` (counted over the fake's life, see stats.syncs) never settles. */
  hangSync(sync: number, mode: HangMode = 'before-apply'): void {
    this.injections.hangs.set(sync, mode);
  }

  takeHang(sync: number): HangMode | null {
    if (this.injections.hangNextSync) {
      this.injections.hangNextSync = false;
      return 'before-apply';
    }
    const mode = this.injections.hangs.get(sync) ?? null;
    this.injections.hangs.delete(sync);
    return mode;
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /** The next `times` syncs fail when their request or response exceeds `bytes` (instead of 5 MB). */
  injectPayloadLimit(bytes: number, times = 1): void {
    for (let i = 0; i < times; i++) this.injections.limits.push(bytes);
  }

  takeLimit(): number {
    return this.injections.limits.shift() ?? PAYLOAD_LIMIT_BYTES;
  }

  startCellEdit(): void {
    this.cellEditing = true;
  }

  endCellEdit(): void {
    this.cellEditing = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const w of waiters) w();
  }

  waitForCellEditEnd(): Promise<void> {
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  host(): ExcelHost {
    return {
      run: async <T>(options: HostRunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        this.stats.runs++;
        this.stats.runOptions.push({ ...options });
        const context = new FakeRequestContext(this, options);
        const result = await batch(context as unknown as Excel.RequestContext);
        if (context.hasPending()) await context.sync();
        return result;
      },
      isSetSupported: (name, version) => {
        const [major, minor] = version.split('.').map(Number);
        return name === 'ExcelApi' && major === 1 && (minor ?? 0) <= this.apiMinor;
      },
    };
  }
}
