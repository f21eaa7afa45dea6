import type { AnalyzeRequest, AnalyzeResult, Analyzer } from './analyze-snapshot';
import { analyzeInline } from './analyze-snapshot';

/** Messages between the task pane and src/excel/worker/analysis-worker. */
export interface WorkerRequest {
  id: number;
  request: AnalyzeRequest;
}

export type WorkerResponse = { id: number; ok: true; result: AnalyzeResult } | { id: number; ok: false; error: string };

interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/**
 * An analyzer that runs the engine in a Web Worker (so a 20,000-row sheet does not freeze the task
 * pane), falling back to in-line analysis where workers are unavailable or fail to start.
 */
export function workerAnalyzer(scriptUrl: string, create?: (url: string) => WorkerLike): Analyzer {
  const make = create ?? ((url: string): WorkerLike | null => {
    const W = (globalThis as { Worker?: new (u: string) => WorkerLike }).Worker;
    return W ? new W(url) : null;
  });
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: AnalyzeResult) => void; reject: (e: Error) => void }>();

  const start = (): WorkerLike | null => {
    if (worker || broken) return worker;
    try {
      worker = make(scriptUrl);
    } catch {
      worker = null;
    }
    if (!worker) {
      broken = true;
      return null;
    }
    worker.onmessage = (event) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new Error(msg.error));
    };
    worker.onerror = () => {
      broken = true;
      worker = null;
      for (const p of pending.values()) p.reject(new Error('analysis worker failed'));
      pending.clear();
    };
    return worker;
  };

  return async (request) => {
    const w = start();
    if (!w) return analyzeInline(request);
    const id = nextId++;
    try {
      return await new Promise<AnalyzeResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, request });
      });
    } catch {
      return analyzeInline(request);
    }
  };
}
