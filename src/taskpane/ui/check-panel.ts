import { Button, Caption1, Field, ProgressBar, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h } from 'react';
import type { PaneModel } from './use-pane';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  primary: { width: '100%', minHeight: '40px', fontSize: tokens.fontSizeBase400 },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  progress: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
});

const PHASE_VALUE = { reading: 0.2, analysing: 0.55, writing: 0.85 } as const;

/** 一键校验, its progress and cancel, then 撤销本次校验 and 生成汇总表. */
export interface SummaryAction {
  /** What the button does now: build it (the service can), open the one the check wrote, or nothing yet. */
  run: (() => void) | null;
  sheet: string | null;
}

export function CheckPanel(props: { pane: PaneModel; summary: SummaryAction }): React.ReactElement {
  const { m } = useMessages();
  const s = useStyles();
  const { run, reverting } = props.pane;
  const busy = run !== null || reverting;
  const children: React.ReactNode[] = [
    h(Button, {
      key: 'check', appearance: 'primary', className: s.primary, disabled: busy, ...testId('check'),
      'aria-describedby': 'tl-check-hint', onClick: props.pane.check,
    }, m.checkButton),
  ];
  if (run) {
    const writing = run.phase === 'writing';
    const cancel = h(Button, {
      key: 'cancel', size: 'small', disabledFocusable: writing || run.cancelling, ...testId('cancel'),
      onClick: props.pane.cancel,
    }, run.cancelling ? m.cancelling : m.cancel);
    children.push(h('div', { key: 'progress', className: s.progress },
      h(Field, { className: s.grow, label: m.progressLabel, validationMessage: m.phase[run.phase], validationState: 'none' },
        h(ProgressBar, { value: PHASE_VALUE[run.phase], thickness: 'large', ...testId('progress')})),
      writing ? h(Tooltip, { content: m.cancelDisabled, relationship: 'description' }, cancel) : cancel));
  } else {
    children.push(h(Caption1, { key: 'hint', id: 'tl-check-hint', className: s.hint }, m.checkHint));
  }
  children.push(h('div', { key: 'actions', className: s.row },
    h(Tooltip, { content: m.revertHint, relationship: 'description' },
      h(Button, { className: s.grow, disabled: busy, onClick: props.pane.revert, ...testId('revert')}, m.revertButton)),
    h(Tooltip, { content: props.summary.sheet ? m.summaryOpen({ sheet: props.summary.sheet }) : props.summary.run ? m.summaryButton : m.summaryUnavailable, relationship: 'description' },
      h(Button, { className: s.grow, disabledFocusable: busy || !props.summary.run, onClick: () => props.summary.run?.(), ...testId('summary')}, m.summaryButton))));
  return h('section', { className: s.root }, ...children);
}
