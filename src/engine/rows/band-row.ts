/** Texts that open a group of tasks: "一、…", "（二）…", "第三部分…", "2021年目标", "…牵头重点工作". */
const BAND_PATTERNS: readonly RegExp[] = [
  /^[一二三四五六七八九十百]+\s*[、.．]/u,
  /^[（(]\s*[一二三四五六七八九十]+\s*[）)]/u,
  /^第[一二三四五六七八九十百\d]+(?:部分|章|节|篇|类|项)/u,
  /^(?:19|20)\d{2}\s*年\s*(?:度)?\s*(?:目标|任务|重点工作|工作目标)/u,
  /(?:重点工作|重点任务|主要任务|目标任务|民生实事)\s*[:：]?$/u,
];

export function looksLikeBand(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && BAND_PATTERNS.some((p) => p.test(t));
}
