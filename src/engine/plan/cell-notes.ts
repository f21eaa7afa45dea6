import type { Finding } from '../findings/finding';
import { parseAddress } from '../sheet/a1';
import { fitCellText } from './cell-limit';
import type { CellNote } from './write-plan';

/** The first line of every note TaskLedger writes: how a later check tells its own notes from a person's. */
export const NOTE_MARKS = ['【台账助手】', '[TaskLedger]'] as const;

/** Notes TaskLedger leaves shorter than a cell's limit: a note is read in a small box. */
const NOTE_MAX_CHARS = 2000;

/** True for a note TaskLedger wrote (it starts with one of NOTE_MARKS). */
export function isOwnNote(text: string | null | undefined): boolean {
  return typeof text === 'string' && NOTE_MARKS.some((mark) => text.startsWith(mark));
}

/**
 * One note per flagged cell: the mark, then a line per finding on that cell ("【错误】未填写牵头单位…"),
 * so hovering the coloured cell says why. `line` formats a finding as the 校验意见 column does.
 */
export function cellNotes(findings: readonly Finding[], mark: string, line: (f: Finding) => string): CellNote[] {
  const byCell = new Map<string, { row: number; col: number; lines: string[] }>();
  for (const f of findings) {
    if (f.cell === null) continue;
    const at = parseAddress(f.cell);
    if (!at) continue;
    let entry = byCell.get(f.cell);
    if (!entry) byCell.set(f.cell, (entry = { row: at.row, col: at.col, lines: [] }));
    entry.lines.push(line(f));
  }
  return [...byCell.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((e) => ({ row: e.row, col: e.col, text: fitCellText([mark, ...e.lines].join('\n'), NOTE_MAX_CHARS) }));
}
