/**
 * Web Worker entry (webpack entry "worker"): takes a sheet snapshot, returns the analysis and the
 * write plan. No Office.js here: workers cannot reach Excel, only the task pane can.
 */
import '../ui/no-eval';
import type { WorkerRequest, WorkerResponse } from '../analyze/worker-client';
import { analyzeSnapshot } from '../analyze/analyze-snapshot';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: analyzeSnapshot(request) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
