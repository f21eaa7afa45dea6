import type { CheckedSheetBase } from './sheet-analysis';
import type { JudgeOptions, RowJudgement, RowMeasurability } from './row-judgement';
import type { Measurability } from '../measurability';
import { taskCompletion } from '../completion/task-completion';
import { readStatedRatio } from '../completion/stated-ratio';
import { classifyTargetScan } from '../measurability';
import type { Profile } from '../profile/profile-schema';
import type { TaskRecord } from '../rows/task-record';
import type { AsOf } from '../schedule/as-of';
import { rowAsOf } from '../schedule/as-of';
import { deadlineInCell, deadlineInText, deadlinePassed } from '../schedule/deadline';
import type { StatusLevel } from '../schedule/status-level';
import { DEFAULT_THRESHOLDS, LEVEL_WORDS, judgeLevel, levelOf, wordFor } from '../schedule/status-level';
import type { Placeholders } from '../units/placeholder';
import { normalizeForMatch } from '../text/normalize';

/** Status words the sheet already uses, from the profile's vocabulary; the words TaskLedger writes. */
export function sheetVocabulary(records: readonly TaskRecord[], profile: Profile): string[] {
  const valid = new Map(profile.statusValues.map((v) => [normalizeForMatch(v), v] as const));
  const used = new Set<string>();
  for (const r of records) {
    const word = r.status ? valid.get(normalizeForMatch(r.status)) : undefined;
    if (word) used.add(word);
  }
  return [...used];
}

/** The two status templates of DOMAIN.md; a sheet using a word of one is written in that one. */
const TEMPLATES: readonly (readonly string[])[] = [
  ['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后'],
  ['已完成', '基本完成', '正常推进', '滞后', '未启动'],
];

/**
 * The words TaskLedger writes: those of the template(s) the sheet's statuses come from (部分滞后
 * only where the sheet uses it), else the profile's vocabulary without 部分滞后.
 */
export function writingWords(used: readonly string[], profileWords: readonly string[]): string[] {
  const partly = (w: string) => LEVEL_WORDS.partlyBehind.includes(w);
  if (used.length === 0) return profileWords.filter((w) => !partly(w));
  const words = new Set(used);
  for (const template of TEMPLATES) {
    if (used.some((w) => w !== '已完成' && template.includes(w))) {
      for (const w of template) if (!partly(w) || used.includes(w)) words.add(w);
    }
  }
  return [...words];
}

const NONE_FAILING: RowMeasurability['failing'] = Object.freeze([]);

/** What the analysis keeps of a target's classification (see RowMeasurability). */
function rowMeasurability(m: Measurability): RowMeasurability {
  const failing = m.measurable ? NONE_FAILING : m.items.filter((i) => !i.measurable).map((i) => ({ index: i.index, text: i.text, reason: i.reason }));
  return { measurable: m.measurable, kinds: m.kinds, reason: m.reason, directionalVerbs: m.directionalVerbs, itemCount: m.items.length, failing };
}

/** A sub-item row that only repeats its task's merged target and progress has nothing of its own to judge. */
function repeatsParent(r: TaskRecord, parent: TaskRecord | undefined): boolean {
  return parent !== undefined && r.target === parent.target && r.progress === parent.progress;
}

export function judgeRows(
  sheet: CheckedSheetBase,
  profile: Profile,
  placeholders: Placeholders,
  sheetAsOf: AsOf | null,
  options: JudgeOptions,
): Map<number, RowJudgement> {
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const used = sheetVocabulary(sheet.records, profile);
  const writeVocabulary = writingWords(used, profile.statusValues);
  const hasPartlyBehind = used.some((w) => levelOf(w) === 'partlyBehind');
  const hasTargetColumn = sheet.columns.roles.target !== undefined;
  const byRow = new Map(sheet.records.map((r) => [r.row, r]));
  const out = new Map<number, RowJudgement>();

  for (const r of sheet.records) {
    const parent = r.parentRow === null ? undefined : byRow.get(r.parentRow);
    const rawTarget = hasTargetColumn ? r.target : r.kind === 'task' ? r.task : null;
    const targetText = rawTarget && !placeholders.isEmpty(rawTarget) ? rawTarget : null;
    const progress = r.progress && !placeholders.isEmpty(r.progress) ? r.progress : null;
    const own = !repeatsParent(r, parent);
    // The target's quantities come along with its classification: completion does not parse it again.
    const classified = targetText && own ? classifyTargetScan(targetText) : null;
    const measurability = classified ? rowMeasurability(classified.measurability) : null;
    const computed =
      own && (targetText || progress)
        ? taskCompletion(targetText, progress, options.aggregate, classified ?? undefined)
        : null;
    const completion = computed ? { ratio: computed.ratio, evidence: computed.evidence, statedDone: computed.statedDone } : null;
    const statedRatio = readStatedRatio(r.ratio, (t) => placeholders.isEmpty(t));
    const statedStatus = r.status && !placeholders.isEmpty(r.status) ? r.status : null;
    const statedLevel = statedStatus ? levelOf(statedStatus) : null;
    const asOf = sheetAsOf ?? (progress ? rowAsOf(progress) : null);
    const deadline = deadlineInCell(r.deadline) ?? (targetText ? deadlineInText(targetText) : null);
    const ratio = completion?.ratio ?? null;
    const done = (ratio !== null && ratio >= 1) || completion?.statedDone === true;
    const passed = deadline !== null && asOf !== null && deadlinePassed(deadline, asOf.month, asOf.day) && !done;

    let level: StatusLevel | null = null;
    let reason: RowJudgement['statusReason'] = null;
    if (own && passed && (progress !== null || targetText !== null)) {
      level = 'behind';
      reason = 'deadline-passed';
    } else if (ratio !== null && ratio >= 1) {
      level = 'done';
      reason = 'ratio';
    } else if (completion?.statedDone) {
      level = 'done';
      reason = 'stated-done';
    } else if (ratio !== null && asOf !== null) {
      level = judgeLevel(ratio, asOf.expected, thresholds, hasPartlyBehind);
      reason = 'ratio';
    }
    const computedStatus = level === null ? null : wordFor(level, writeVocabulary);
    const keepStated = statedStatus !== null && !options.overwrite;
    out.set(r.row, {
      row: r.row, targetText, measurability, completion, statedRatio, statedStatus, statedLevel, asOf,
      deadline, deadlinePassed: passed, computedLevel: level, computedStatus, statusReason: reason,
      status: keepStated ? statedStatus : computedStatus,
      statusSource: keepStated ? 'stated' : computedStatus !== null ? 'computed' : null,
    });
  }
  return out;
}
