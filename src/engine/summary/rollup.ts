import { DEFAULT_PROFILE } from '../profile/default-profile';
import type { Profile } from '../profile/profile-schema';
import { STATUS_LEVELS } from '../schedule/status-level';
import { nearDuplicates } from './near-duplicates';
import type { NearDuplicate } from './near-duplicates';
import type { CountBy, SheetSummary, UnitFigures } from './sheet-summary';
import { addFigures, emptyFigures } from './sheet-summary';
import type { StatusColumn, StatusKey } from './status-columns';
import { NO_LEAD_KEY } from './summarize-sheet';
import { UnitDirectory } from './unit-names';

export interface RollupInput {
  file: string;
  summary: SheetSummary;
}

export interface RollupUnit extends UnitFigures {
  unit: string | null;
  key: string;
}

/** The summaries of several ledgers added up by unit and status (one row per unit over all inputs). */
export interface RollupSummary {
  countBy: CountBy;
  columns: StatusColumn[];
  byUnit: RollupUnit[];
  totals: UnitFigures;
  /** One row per input sheet, with its totals. */
  sources: { file: string; sheet: string; totals: UnitFigures }[];
  nearDuplicates: NearDuplicate[];
}

/** Status columns over all inputs, in level order; each under the word of the first input that shows it. */
function unionColumns(inputs: readonly RollupInput[]): StatusColumn[] {
  const keys: StatusKey[] = [...STATUS_LEVELS, 'none'];
  const out: StatusColumn[] = [];
  for (const key of keys) {
    const column = inputs.flatMap((i) => i.summary.columns).find((c) => c.key === key);
    if (column) out.push(column);
  }
  return out;
}

/**
 * Adds up the summaries of all inputs. Units are merged across inputs by the same rules as within
 * a sheet (width, white space, the alias list); the totals are the sum of the inputs' totals.
 */
export function rollupSummaries(inputs: readonly RollupInput[], profile: Profile = DEFAULT_PROFILE): RollupSummary {
  const directory = new UnitDirectory(profile.unitAliases ?? DEFAULT_PROFILE.unitAliases ?? {});
  const columns = unionColumns(inputs);
  const rows = new Map<string, RollupUnit>();
  const totals = emptyFigures(columns);
  for (const { summary } of inputs) {
    addFigures(totals, summary.totals);
    for (const u of summary.byUnit) {
      const key = u.unit === null ? NO_LEAD_KEY : directory.see(u.unit);
      const row = rows.get(key) ?? { unit: null, key, ...emptyFigures(columns) };
      addFigures(row, u);
      rows.set(key, row);
    }
  }
  const order = [...rows.keys()];
  const byUnit = [...rows.values()]
    .map((row) => ({ ...row, unit: row.key === NO_LEAD_KEY ? null : directory.displayName(row.key) }))
    .sort((a, b) =>
      Number(a.unit === null) - Number(b.unit === null) || b.tasks - a.tasks || order.indexOf(a.key) - order.indexOf(b.key));
  return {
    countBy: inputs[0]?.summary.countBy ?? 'lead',
    columns,
    byUnit,
    totals,
    sources: inputs.map((i) => ({ file: i.file, sheet: i.summary.sheet, totals: i.summary.totals })),
    nearDuplicates: nearDuplicates(byUnit.flatMap((r) => (r.unit === null ? [] : [r.unit]))),
  };
}
