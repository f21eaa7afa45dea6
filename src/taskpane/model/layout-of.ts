import type { SheetAnalysis } from '../../engine';
import type { LayoutRole, SheetLayout } from '../service';

/** The pane's view of a sheet's detected layout. */
export function layoutOf(analysis: SheetAnalysis): SheetLayout {
  if (analysis.status !== 'checked') {
    return { sheet: analysis.sheet, status: analysis.reason === 'empty' ? 'empty' : 'no-header', headerRow: null, columns: [], roles: {} };
  }
  const roles: SheetLayout['roles'] = {};
  for (const [role, rc] of Object.entries(analysis.columns.roles)) {
    if (rc) (roles as Record<string, LayoutRole>)[role] = { col: rc.col, letter: rc.letter, source: rc.source };
  }
  return {
    sheet: analysis.sheet,
    status: 'found',
    headerRow: analysis.columns.headerRow,
    columns: analysis.columns.columns.map((c) => ({ col: c.col, letter: c.letter, header: c.header.replace(/\s+/gu, ' ').trim() })),
    roles,
  };
}
