import { Body1, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h } from 'react';
import type { PaneModel } from './use-pane';
import { failureText } from './failure-text';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium,
  },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Which sheet the pane works on and where its header is. */
export function SheetStatus(props: { pane: PaneModel }): React.ReactElement {
  const { locale, m } = useMessages();
  const s = useStyles();
  const { layout, layoutFailure, detecting } = props.pane;
  const lines: React.ReactNode[] = [];
  if (layout) {
    lines.push(h(Body1, { key: 'sheet', weight: 'semibold' } as Record<string, unknown>, m.sheetLine({ sheet: layout.sheet })));
    if (layout.status === 'found' && layout.headerRow !== null) {
      lines.push(h(Caption1, { key: 'header', className: s.muted }, m.headerLine({ row: layout.headerRow, roles: Object.keys(layout.roles).length })));
    } else {
      lines.push(h(Caption1, { key: 'header', className: s.warn }, m.noHeaderLine));
    }
  } else if (layoutFailure) {
    lines.push(h(Caption1, { key: 'fail', className: s.warn }, failureText(layoutFailure, locale)));
  }
  if (detecting) lines.push(h(Spinner, { key: 'spin', size: 'extra-tiny', label: m.detecting, labelPosition: 'after' }));
  return h('section', { className: s.root, 'aria-live': 'polite', ...testId('sheet-status')}, ...lines);
}
