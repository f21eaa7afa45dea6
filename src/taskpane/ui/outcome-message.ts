import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { createElement as h } from 'react';
import { describeOutcome } from './outcome-lines';
import { useMessages } from './messages-context';
import { dataAttrs, testId } from './test-id';
import type { Outcome } from './use-pane';

/** What the last action did, or why it was refused. */
export function OutcomeMessage(props: { outcome: Outcome | null; onDismiss: () => void }): React.ReactElement | null {
  const { locale, m } = useMessages();
  if (!props.outcome) return null;
  const shown = describeOutcome(props.outcome, m, locale);
  return h(MessageBar, { intent: shown.intent, layout: 'multiline', ...testId('outcome'), ...dataAttrs({ kind: props.outcome.kind }), role: shown.intent === 'error' ? 'alert' : 'status' },
    h(MessageBarBody, null,
      h(MessageBarTitle, null, shown.title),
      ...shown.lines.map((line, i) => h('div', { key: i }, line))),
    h(MessageBarActions, { containerAction: h(Button, { appearance: 'transparent', size: 'small', 'aria-label': m.dismiss, onClick: props.onDismiss }, '×') }));
}
