import type { LedgerService } from './service';

/**
 * A service whose implementation (the adapter and the engine) loads on first use, so the pane's
 * first paint needs only React, Fluent UI and the messages.
 */
export function lazyService(load: () => Promise<LedgerService>): LedgerService {
  let loading: Promise<LedgerService> | null = null;
  const get = (): Promise<LedgerService> => (loading ??= load());
  return {
    loadSettings: () => get().then((s) => s.loadSettings()),
    saveSettings: (settings) => get().then((s) => s.saveSettings(settings)),
    inspect: () => get().then((s) => s.inspect()),
    check: (request) => get().then((s) => s.check(request)),
    revert: () => get().then((s) => s.revert()),
    selectCell: (sheet, cell) => get().then((s) => s.selectCell(sheet, cell)),
  };
}
