import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Divider, FluentProvider, Spinner, makeStyles, tokens,
} from '@fluentui/react-components';
import { Suspense, createElement as h, lazy, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../engine';
import type { Locale } from '../../i18n/locale';
import { taskpaneMessages } from '../../i18n/taskpane-messages';
import { findingCell } from '../model/findings';
import type { LedgerService, PaneSettings } from '../service';
import type { SummaryAction } from './check-panel';
import { CheckPanel } from './check-panel';
import { LayoutPanel } from './layout-panel';
import { MessagesContext } from './messages-context';
import { OutcomeMessage } from './outcome-message';
import { PaneHeader } from './pane-header';
import { ResultsPanel } from './results-panel';
import { SheetStatus } from './sheet-status';
import { testId } from './test-id';
import { paneTheme } from './theme';
import { usePane } from './use-pane';

const OptionsPanel = lazy(() => import(/* webpackChunkName: "options" */ './options-panel.js').then((mod) => ({ default: mod.OptionsPanel })));

const useStyles = makeStyles({
  // Not on FluentProvider itself: its class is copied onto the portal node (tooltips, dropdown
  // lists), which covers the page when it carries a size and a background.
  surface: { minHeight: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM,
    maxWidth: '560px', boxSizing: 'border-box',
  },
});

export interface TaskPaneProps {
  service: LedgerService;
  /** Office's display language (zh-CN unless it is English). */
  displayLocale: Locale;
}

function summaryAction(service: LedgerService, written: string | null): SummaryAction {
  const build = service.buildSummary;
  if (build) return { run: () => void build().catch(() => undefined), sheet: null };
  if (written) return { run: () => void service.selectCell(written, 'A1').catch(() => undefined), sheet: written };
  return { run: null, sheet: null };
}

/** The task pane: sheet and layout, 一键校验, results, revert, options. */
export function TaskPane(props: TaskPaneProps): React.ReactElement {
  const { service } = props;
  const pane = usePane(service, props.displayLocale);
  const s = useStyles();
  const messages = useMemo(() => ({ locale: pane.locale, m: taskpaneMessages[pane.locale] }), [pane.locale]);
  const m = messages.m;
  const [selected, setSelected] = useState<Finding | null>(null);
  const [open, setOpen] = useState<string[]>([]);
  useEffect(() => {
    document.documentElement.lang = pane.locale;
    document.title = m.appTitle;
  }, [pane.locale, m]);
  useEffect(() => setSelected(null), [pane.result]);

  const select = (f: Finding): void => {
    setSelected(f);
    const cell = findingCell(f);
    if (cell) void service.selectCell(f.sheet, cell).catch(() => undefined);
  };
  const busy = pane.run !== null || pane.reverting;
  const analysis = pane.result?.analysis;
  const settings = pane.settings;

  return h(FluentProvider, { theme: paneTheme, lang: pane.locale },
    h(MessagesContext.Provider, { value: messages },
      h('div', { className: s.surface }, h('main', { className: s.root, ...testId('taskpane'), 'data-locale': pane.locale },
        h(PaneHeader, { onLocale: pane.setLocale }),
        h(SheetStatus, { pane }),
        h(CheckPanel, { pane, summary: summaryAction(service, pane.result?.summarySheet ?? null) }),
        h(OutcomeMessage, { outcome: pane.outcome, onDismiss: pane.dismissOutcome }),
        analysis && analysis.status === 'checked'
          ? h(ResultsPanel, { analysis, allListedUnits: settings?.options.countAllUnits ?? false, selected, onSelect: select })
          : null,
        h(Divider, null),
        h(Accordion, {
          multiple: true, collapsible: true, openItems: open,
          onToggle: (_e: unknown, d: { openItems: unknown[] }) => setOpen(d.openItems.map(String)),
        },
        h(AccordionItem, { value: 'layout' },
          h(AccordionHeader, { as: 'h2', size: 'small', ...testId('layout-header')} as Record<string, unknown>, m.layoutTitle),
          h(AccordionPanel, null, open.includes('layout')
            ? h(LayoutPanel, {
              layout: pane.layout, settings, busy: busy || pane.detecting, onRedetect: pane.redetect,
              onOverrides: (overrides) => settings && void pane.saveSettings({ ...settings, overrides }, true).catch(() => undefined),
            })
            : null)),
        h(AccordionItem, { value: 'options' },
          h(AccordionHeader, { as: 'h2', size: 'small', ...testId('options-header')} as Record<string, unknown>, m.optionsTitle),
          h(AccordionPanel, null, open.includes('options') && settings
            ? h(Suspense, { fallback: h(Spinner, { size: 'tiny', label: m.optionsLoading }) },
              h(OptionsPanel, { settings, onSave: (next: PaneSettings) => pane.saveSettings(next, false) }))
            : null)))))));
}
