import { FakeExcelError, PAYLOAD_LIMIT_BYTES } from './errors';
import { jsonBytes } from './bytes';
import type { FakeExcel } from './fake-excel';
import { FakeWorkbook } from './objects/workbook';

/** One queued command: a write, or a load whose result travels back in the response. */
export interface QueuedOp {
  bytes: number;
  /** Runs at sync time against the live state; a load returns its data and how to deliver it. */
  run(): LoadResult | void;
  isLoad: boolean;
}

export interface LoadResult {
  data: unknown;
  /** Makes the loaded values readable on the proxies (only once the whole response is accepted). */
  commit(): void;
}

export interface RunOptionsSeen {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

/**
 * The in-memory twin of Excel.RequestContext: commands queue up and run only on sync(), as in
 * Office.js. Each sync counts as one round trip; its request and response are measured in bytes
 * and refused over Excel on the web's 5 MB limit (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded), with nothing applied for an oversized request.
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: QueuedOp[] = [];

  constructor(readonly excel: FakeExcel, readonly options: RunOptionsSeen) {
    this.workbook = new FakeWorkbook(this);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  write(args: unknown, apply: () => void): void {
    this.queue.push({ bytes: 48 + jsonBytes(args), run: apply, isLoad: false });
  }

  read(description: unknown, run: () => LoadResult): void {
    this.queue.push({ bytes: 48 + jsonBytes(description), run, isLoad: true });
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    const ops = this.queue;
    this.queue = [];
    excel.stats.syncs++;
    excel.beforeSync?.(excel.stats.syncs);
    const hang = excel.takeHang(excel.stats.syncs);
    if (hang === 'before-apply') return new Promise<void>(() => undefined);
    if (excel.cellEditing) {
      if (!this.options.delayForCellEdit || !excel.honoursDelayForCellEdit) {
        throw new FakeExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode and try again.');
      }
      await excel.waitForCellEditEnd();
    }
    const requestBytes = 64 + ops.reduce((n, op) => n + op.bytes, 0);
    excel.stats.totalRequestBytes += requestBytes;
    excel.stats.maxRequestBytes = Math.max(excel.stats.maxRequestBytes, requestBytes);
    const limit = excel.takeLimit();
    if (requestBytes > limit) {
      excel.stats.rejected++;
      throw new FakeExcelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const loads: LoadResult[] = [];
    for (const op of ops) {
      const result = op.run();
      if (result) loads.push(result);
    }
    const responses = loads.map((l) => l.data);
    const responseBytes = 64 + jsonBytes(responses);
    excel.stats.totalResponseBytes += responseBytes;
    excel.stats.maxResponseBytes = Math.max(excel.stats.maxResponseBytes, responseBytes);
    if (responseBytes > limit) {
      excel.stats.rejected++;
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    if (hang === 'after-apply') return new Promise<void>(() => undefined);
    for (const l of loads) l.commit();
  }
}

export { PAYLOAD_LIMIT_BYTES };
