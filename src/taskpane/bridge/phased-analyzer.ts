import type { Analyzer } from '../../excel/analyze/analyze-snapshot';
import type { CheckPhase } from '../service';
import { CANCELLED } from '../service';

export class CancelledError extends Error {
  readonly code = CANCELLED;
  readonly params = {};
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Wraps an analyzer so the pane sees the check's phases (the adapter reads, then calls the
 * analyzer, then writes) and can cancel: a cancel before or during the analysis makes the analyzer
 * throw, so the adapter stops before its writing step and the sheet stays untouched.
 */
export function phasedAnalyzer(base: Analyzer, signal: AbortSignal, onPhase: (phase: CheckPhase) => void): Analyzer {
  return async (request) => {
    if (signal.aborted) throw new CancelledError();
    onPhase('analysing');
    const result = await new Promise<Awaited<ReturnType<Analyzer>>>((resolve, reject) => {
      const abort = (): void => reject(new CancelledError());
      signal.addEventListener('abort', abort, { once: true });
      base(request).then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
    if (signal.aborted) throw new CancelledError();
    if (result.plan) onPhase('writing');
    return result;
  };
}
