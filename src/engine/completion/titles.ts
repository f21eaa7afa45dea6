import { similarity } from '../text/closest';

const TITLE = /《([^》\n]{1,120})》/gu;

/** A document title in 《…》: the words inside, and the offsets of the whole 《…》. */
export interface Title {
  title: string;
  start: number;
  end: number;
}

/** Document titles in 《…》, with their offsets. */
export function findTitles(text: string): Title[] {
  const out: Title[] = [];
  if (!text.includes('《')) return out;
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    out.push({ title: m[1] ?? '', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The same document named twice, allowing for a year or "（试行）" more or less. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/[\s()（）"“”]|试行|暂行|征求意见稿|20\d{2}年?版?/gu, '');
  const [x, y] = [norm(a), norm(b)];
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return similarity(x, y) >= 0.72;
}
