import { Badge, Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { createElement as h, useMemo, useState } from 'react';
import type { CheckedSheet, Finding } from '../../engine';
import { asOfBasis } from '../../i18n/as-of-basis';
import { ALL_UNITS, NO_LEAD_UNIT, filterFindings, groupByRule, leadUnitChoices, overview } from '../model/findings';
import { FindingsList } from './findings-list';
import { useMessages } from './messages-context';
import { testId } from './test-id';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  overview: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  statuses: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** Counts by severity, the overview, the lead-unit filter and the findings list. */
export function ResultsPanel(props: {
  analysis: CheckedSheet;
  allListedUnits: boolean;
  selected: Finding | null;
  onSelect: (f: Finding) => void;
}): React.ReactElement {
  const { m, locale } = useMessages();
  const s = useStyles();
  const a = props.analysis;
  const [unit, setUnit] = useState(ALL_UNITS);
  const units = useMemo(() => leadUnitChoices(a, props.allListedUnits), [a, props.allListedUnits]);
  const findings = useMemo(() => filterFindings(a, unit, props.allListedUnits), [a, unit, props.allListedUnits]);
  const groups = useMemo(() => groupByRule(findings), [findings]);
  const ov = useMemo(() => overview(a, unit, props.allListedUnits), [a, unit, props.allListedUnits]);
  const unitLabel = unit === ALL_UNITS ? m.leadAll : unit === NO_LEAD_UNIT ? m.leadNone : unit;

  return h('section', { className: s.root, 'aria-labelledby': 'tl-results', ...testId('results')},
    h(Subtitle2, { as: 'h2', id: 'tl-results' }, m.resultsTitle),
    h('div', { className: s.counts, ...testId('severity-counts')},
      h(Badge, { appearance: 'tint', color: 'danger', size: 'large' }, m.severityCount({ label: m.severity.error ?? '', count: a.counts.bySeverity.error })),
      h(Badge, { appearance: 'tint', color: 'warning', size: 'large' }, m.severityCount({ label: m.severity.warning ?? '', count: a.counts.bySeverity.warning })),
      h(Badge, { appearance: 'tint', color: 'informative', size: 'large' }, m.severityCount({ label: m.severity.info ?? '', count: a.counts.bySeverity.info }))),
    h(Field, { label: m.leadFilter },
      h(Dropdown, {
        value: unitLabel, selectedOptions: [unit], ...testId('lead-filter'),
        onOptionSelect: (_e: unknown, d: { optionValue?: string }) => setUnit(d.optionValue ?? ALL_UNITS),
      },
      h(Option, { value: ALL_UNITS, text: m.leadAll }, m.leadAll),
      ...units.map((u) => h(Option, { key: u, value: u, text: u }, u)),
      h(Option, { value: NO_LEAD_UNIT, text: m.leadNone }, m.leadNone))),
    h('div', { className: s.overview, ...testId('overview')},
      h(Caption1, { weight: 'semibold' } as Record<string, unknown>, m.overviewTitle),
      h(Caption1, null, m.overviewTasks({ tasks: ov.tasks }) + (ov.subitems > 0 ? m.overviewSubitems({ count: ov.subitems }) : '') + ' · ' + m.overviewRatio({ count: ov.withRatio })),
      h('div', { className: s.statuses },
        ...ov.byStatus.map(([status, n]) => h(Badge, { key: status ?? '-', appearance: 'outline', color: status ? 'brand' : 'subtle' }, `${status ?? m.overviewNoStatus} ${n}`))),
      h(Caption1, { className: s.muted }, a.asOf ? m.overviewAsOf({ expected: pct(a.asOf.expected), text: asOfBasis(a.asOf, locale) }) : m.overviewNoAsOf)),
    h(Subtitle2, { as: 'h3' }, unit === ALL_UNITS ? m.findingsTitle({ count: a.findings.length }) : m.findingsFiltered({ shown: findings.length, count: a.findings.length })),
    findings.length === 0 ? h(Caption1, null, unit === ALL_UNITS ? m.noFindings : m.noMatching) : h(FindingsList, { groups, selected: props.selected, onSelect: props.onSelect }));
}
