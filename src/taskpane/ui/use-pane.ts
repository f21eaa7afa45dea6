import { useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import type { CheckPhase, CheckResult, LedgerService, PaneSettings, RevertResult, ServiceFailure, SheetLayout } from '../service';
import { CANCELLED, failureOf } from '../service';
import { layoutOf } from '../model/layout-of';

/** The message under the buttons: what the last action did. */
export type Outcome =
  | { kind: 'checked'; result: CheckResult }
  | { kind: 'cancelled' }
  | { kind: 'reverted'; result: RevertResult }
  | { kind: 'error'; during: 'check' | 'revert'; failure: ServiceFailure };

export interface RunState {
  phase: CheckPhase;
  cancelling: boolean;
}

export interface PaneModel {
  locale: Locale;
  settings: PaneSettings | null;
  layout: SheetLayout | null;
  layoutFailure: ServiceFailure | null;
  detecting: boolean;
  run: RunState | null;
  reverting: boolean;
  result: CheckResult | null;
  outcome: Outcome | null;
  setLocale(locale: Locale): void;
  saveSettings(settings: PaneSettings, redetect: boolean): Promise<void>;
  redetect(): void;
  check(): void;
  cancel(): void;
  revert(): void;
  dismissOutcome(): void;
}

/** The pane's state and actions, over the service. */
export function usePane(service: LedgerService, displayLocale: Locale): PaneModel {
  const [locale, setLocaleState] = useState<Locale>(displayLocale);
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  const [layout, setLayout] = useState<SheetLayout | null>(null);
  const [layoutFailure, setLayoutFailure] = useState<ServiceFailure | null>(null);
  const [detecting, setDetecting] = useState(false);
  const [run, setRun] = useState<RunState | null>(null);
  const [reverting, setReverting] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const abort = useRef<AbortController | null>(null);
  const settingsRef = useRef<PaneSettings | null>(null);
  settingsRef.current = settings;

  const redetect = useCallback(() => {
    setDetecting(true);
    service.inspect().then(
      (l) => {
        setLayout(l);
        setLayoutFailure(null);
      },
      (err: unknown) => {
        setLayout(null);
        setLayoutFailure(failureOf(err));
      },
    ).finally(() => setDetecting(false));
  }, [service]);

  useEffect(() => {
    let live = true;
    service.loadSettings().then((s) => {
      if (!live) return;
      setSettings(s);
      if (s.locale) setLocaleState(s.locale);
    }, () => undefined);
    redetect();
    const off = service.onSheetActivated?.(redetect);
    return () => {
      live = false;
      off?.();
    };
  }, [service, redetect]);

  const saveSettings = useCallback(async (next: PaneSettings, again: boolean) => {
    setSettings(next);
    await service.saveSettings(next);
    if (again) redetect();
  }, [service, redetect]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    // The language also decides the language of the comments the check writes.
    const current = settingsRef.current;
    if (current) void saveSettings({ ...current, locale: next }, false).catch(() => undefined);
  }, [saveSettings]);

  const check = useCallback(() => {
    const controller = new AbortController();
    abort.current = controller;
    setOutcome(null);
    setRun({ phase: 'reading', cancelling: false });
    service.check({ signal: controller.signal, onPhase: (phase) => setRun((r) => (r ? { ...r, phase } : r)) }).then(
      (r) => {
        setResult(r);
        setOutcome({ kind: 'checked', result: r });
        if (r.analysis.status === 'checked') setLayout(layoutOf(r.analysis));
      },
      (err: unknown) => {
        const failure = failureOf(err);
        setOutcome(failure.code === CANCELLED ? { kind: 'cancelled' } : { kind: 'error', during: 'check', failure });
      },
    ).finally(() => {
      abort.current = null;
      setRun(null);
    });
  }, [service]);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setRun((r) => (r ? { ...r, cancelling: true } : r));
  }, []);

  const revert = useCallback(() => {
    setOutcome(null);
    setReverting(true);
    service.revert().then(
      (r) => {
        setResult(null);
        setOutcome({ kind: 'reverted', result: r });
        redetect();
      },
      (err: unknown) => setOutcome({ kind: 'error', during: 'revert', failure: failureOf(err) }),
    ).finally(() => setReverting(false));
  }, [service, redetect]);

  const dismissOutcome = useCallback(() => setOutcome(null), []);

  return { locale, settings, layout, layoutFailure, detecting, run, reverting, result, outcome, setLocale, saveSettings, redetect, check, cancel, revert, dismissOutcome };
}
