import type { CellValue, SheetSnapshot } from '../src/engine';
import type { TextMix } from './quantities';
import { generateLedgerTexts } from './quantities';

const UNITS = ['市发改委', '市经信局', '市财政局', '市住建局', '市交通局', '市商务局', '市农业农村局', '市生态环境局'];
const STATUSES = ['按时推进', '进度较快', '进度滞后', null];

/** A ledger sheet of n task rows (title, header, target and progress texts of the given mix), deterministic. */
export function generateLedgerSheet(n: number, seed = 7, mix: TextMix = 'ledger'): SheetSnapshot {
  const texts = generateLedgerTexts(n, seed, mix);
  const values: CellValue[][] = [
    ['临江市重点工作进展情况（截至三季度）'],
    ['序号', '重点任务', '目标任务', '进展情况', '牵头单位', '进展状态'],
  ];
  texts.forEach((t, i) => {
    const lead = i % 37 === 0 ? '' : `${UNITS[i % UNITS.length]}、${UNITS[(i + 3) % UNITS.length]}`;
    values.push([i + 1, `重点任务${i + 1}：推进重点领域改革`, t.target, t.progress, lead, STATUSES[i % STATUSES.length] ?? null]);
  });
  return { name: '台账', values, merges: [{ top: 1, left: 1, bottom: 1, right: 6 }] };
}
