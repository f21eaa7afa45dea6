/**
 * Task status as a level, independent of the words a template uses for it. The words come from
 * the sheet's vocabulary (已完成/进度较快/按时推进/部分滞后/进度滞后, or 正常推进/滞后/未启动/基本完成).
 */
export type StatusLevel = 'done' | 'ahead' | 'onTrack' | 'partlyBehind' | 'behind';

export const STATUS_LEVELS: readonly StatusLevel[] = ['done', 'ahead', 'onTrack', 'partlyBehind', 'behind'];

/** Words each level may be written as, preferred first. */
export const LEVEL_WORDS: Record<StatusLevel, readonly string[]> = {
  done: ['已完成', '完成', '基本完成'],
  ahead: ['进度较快', '超序时', '提前完成'],
  onTrack: ['按时推进', '正常推进', '按序时推进', '有序推进', '按计划推进'],
  partlyBehind: ['部分滞后', '略有滞后'],
  behind: ['进度滞后', '滞后', '严重滞后', '未启动'],
};

/** Each listed word's level: a word written exactly as listed (the usual case) needs no normalising. */
const LEVEL_OF_WORD: ReadonlyMap<string, StatusLevel> = new Map(
  STATUS_LEVELS.flatMap((level) => LEVEL_WORDS[level].map((w) => [w, level] as const)).reverse(),
);

/** The level a status word means, or null for a word outside every list. */
export function levelOf(word: string): StatusLevel | null {
  const listed = LEVEL_OF_WORD.get(word);
  if (listed !== undefined) return listed;
  const w = word.normalize('NFKC').replace(/\s+/gu, '');
  for (const level of STATUS_LEVELS) if (LEVEL_WORDS[level].includes(w)) return level;
  return null;
}

export interface StatusThresholds {
  /** Ahead when the ratio exceeds 序时进度 by more than this (0.1 = 10 points). */
  aheadMargin: number;
  /** On track while the ratio is at most this far below 序时进度. */
  tolerance: number;
  /** Partly behind (where the vocabulary has it) down to this far below; behind beyond. */
  partlyBehindMargin: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { aheadMargin: 0.1, tolerance: 0.05, partlyBehindMargin: 0.15 };

/** Judges a ratio against 序时进度. */
export function judgeLevel(
  ratio: number,
  expected: number,
  thresholds: StatusThresholds,
  hasPartlyBehind: boolean,
): StatusLevel {
  if (ratio >= 1 - 1e-9) return 'done';
  const diff = ratio - expected;
  if (diff > thresholds.aheadMargin) return 'ahead';
  if (diff >= -thresholds.tolerance - 1e-9) return 'onTrack';
  if (hasPartlyBehind && diff >= -thresholds.partlyBehindMargin - 1e-9) return 'partlyBehind';
  return 'behind';
}

/**
 * The word for a level in a vocabulary: the first word of the level's list that the vocabulary
 * contains (so a sheet using 正常推进 gets 正常推进), else the level's preferred word.
 */
export function wordFor(level: StatusLevel, vocabulary: readonly string[]): string {
  const words = LEVEL_WORDS[level];
  const inVocabulary = words.find((w) => vocabulary.includes(w));
  if (inVocabulary) return inVocabulary;
  if (vocabulary.length > 0) {
    // A template without a word for this level: the nearest level it has.
    if (level === 'partlyBehind') return wordFor('behind', vocabulary);
    if (level === 'ahead' && LEVEL_WORDS.onTrack.some((w) => vocabulary.includes(w))) return wordFor('onTrack', vocabulary);
  }
  return words[0] ?? level;
}
