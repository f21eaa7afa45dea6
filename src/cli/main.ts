import { Command, CommanderError, Option } from 'commander';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CountBy, Profile } from '../engine';
import { COUNT_BY, DEFAULT_PROFILE, DEFAULT_THRESHOLDS, parseProfileJson, typedPercent } from '../engine';
import { expectedAtDate } from '../engine/schedule/expected-progress';
import type { CliMessages } from '../i18n/cli-messages';
import { cliMessages } from '../i18n/cli-messages';
import type { Locale } from '../i18n/locale';
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../i18n/locale';
import { setInterruptNotice, writeAtomically } from './atomic-write';
import type { FileResult } from './check-file';
import { checkFile, defaultOutput } from './check-file';
import { explainLine } from './explain';
import { writeJsonFile } from './json-file';
import { parseMap } from './parse-map';
import { fileErrorText, summaryLines } from './print-summary';
import { buildReport, exitCodeOf } from './report';
import { generatedAt } from './rollup-clock';
import { writeRollup } from './rollup-workbook';
import { ProgressBar } from './terminal/progress-bar';

interface CheckOptions {
  output?: string;
  outDir?: string;
  json?: string;
  sheet?: string;
  map?: string;
  lang: Locale;
  profile?: string;
  quiet?: boolean;
  asOf?: string;
  expected?: string;
  notes?: boolean;
  overwrite?: boolean;
  inPlace?: boolean;
  aggregate: 'mean' | 'min';
  ahead: string;
  tolerance: string;
  countBy: CountBy;
  /** False with --no-summary. */
  summary: boolean;
  summaryName?: string;
  rollup?: string;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function envLocale(): Locale {
  const tag = process.env.TASKLEDGER_LANG;
  return tag && isLocale(tag) ? tag : DEFAULT_LOCALE;
}

async function loadProfile(file: string | undefined, locale: Locale, m: CliMessages, io: Io): Promise<Profile | null> {
  if (!file) return DEFAULT_PROFILE;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    io.err(`taskledger: ${m.fileError['not-found']({ file })}`);
    return null;
  }
  const parsed = parseProfileJson(text, locale);
  if (parsed.ok) return parsed.profile;
  io.err(`taskledger: ${m.badProfile({ file })}`);
  for (const issue of parsed.issues) io.err(`  ${issue.path || '(root)'}: ${issue.message}`);
  return null;
}

async function runCheck(files: string[], opts: CheckOptions, io: Io): Promise<number> {
  const locale = opts.lang;
  const m = cliMessages[locale];
  setInterruptNotice(() => m.interrupted());
  if (opts.output && files.length > 1) {
    io.err(`taskledger: ${m.oneOutput()}`);
    return 2;
  }
  if (opts.inPlace && (opts.output || opts.outDir)) {
    io.err(`taskledger: ${m.inPlaceConflict()}`);
    return 2;
  }
  const map = parseMap(opts.map);
  if (!map.ok) {
    io.err(`taskledger: ${m.badMap({ item: map.item, roles: map.roles })}`);
    return 2;
  }
  const profile = await loadProfile(opts.profile, locale, m, io);
  if (!profile) return 2;
  if (opts.asOf && !expectedAtDate(opts.asOf)) {
    io.err(`taskledger: ${m.badAsOf({ value: opts.asOf })}`);
    return 2;
  }
  const expected = opts.expected === undefined ? null : typedPercent(opts.expected);
  if (opts.expected !== undefined && expected === null) {
    io.err(`taskledger: ${m.badExpected({ value: opts.expected })}`);
    return 2;
  }
  const ahead = Number(opts.ahead) / 100;
  const tolerance = Number(opts.tolerance) / 100;
  if (!(ahead >= 0 && ahead <= 1) || !(tolerance >= 0 && tolerance <= 1)) {
    io.err(`taskledger: ${m.badMargin({ ahead: opts.ahead, tolerance: opts.tolerance })}`);
    return 2;
  }
  const thresholds = { ...DEFAULT_THRESHOLDS, aheadMargin: ahead, tolerance };
  if (opts.outDir) await fs.mkdir(opts.outDir, { recursive: true });

  const now = generatedAt();
  const summarySheet = opts.summary === false ? false : opts.summaryName?.trim() || undefined;
  const progress = new ProgressBar();
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    const output = opts.inPlace ? file : (opts.output ?? defaultOutput(file, opts.outDir));
    const result = await checkFile(file, {
      locale,
      profile,
      overrides: map.overrides,
      thresholds,
      aggregate: opts.aggregate,
      overwrite: opts.overwrite === true,
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(expected !== null ? { expected } : {}),
      notes: opts.notes === true,
      ...(opts.sheet ? { sheet: opts.sheet } : {}),
      output,
      inPlace: opts.inPlace === true,
      countBy: opts.countBy,
      generatedAt: now,
      // Only the report (with --json) or the outline is kept of each sheet: a large ledger's analysis is freed before writing.
      retain: opts.json ? 'report' : 'outline',
      ...(summarySheet !== undefined ? { summarySheet } : {}),
      onSheet: (name) => progress.update(i, files.length, `${path.basename(file)} · ${name}`),
    });
    progress.clear();
    results.push(result);
    if (!opts.quiet) for (const line of summaryLines(result, m, locale)) io.out(line);
    if (result.error) io.err(`taskledger: ${file}: ${fileErrorText(result, m)}`);
  }
  progress.clear();

  if (opts.json) {
    const report = buildReport(results, locale, m);
    await fs.mkdir(path.dirname(path.resolve(opts.json)), { recursive: true });
    await writeAtomically(opts.json, (tmp) => writeJsonFile(tmp, report));
    if (!opts.quiet) io.out(m.reportWrote({ file: opts.json }));
  }
  let rollupFailed = false;
  if (opts.rollup) {
    try {
      const rollup = await writeRollup(results, opts.rollup, { locale, profile, generatedAt: now });
      if (!opts.quiet) io.out(m.rollupWrote({ file: opts.rollup, files: rollup.sources.length, tasks: rollup.totals.tasks }));
    } catch (err) {
      rollupFailed = true;
      io.err(`taskledger: ${m.rollupFailed({ file: opts.rollup, detail: err instanceof Error ? err.message : String(err) })}`);
    }
  }
  if (files.length > 1 && !opts.quiet) {
    const sum = (key: 'error' | 'warning'): number =>
      results.reduce(
        (n, r) => n + r.sheets.reduce((k, s) => k + (s.outline.status === 'checked' ? s.outline.counts.bySeverity[key] : 0), 0),
        0,
      );
    const failed = results.filter((r) => r.error).length;
    io.out(m.total({ files: files.length, ok: files.length - failed, failed, error: sum('error'), warning: sum('warning') }));
  }
  return Math.max(rollupFailed ? 2 : 0, ...results.map(exitCodeOf));
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command();
  const lang = new Option('--lang <locale>', '消息语言 message language').choices([...LOCALES]).default(envLocale());
  program
    .name('taskledger')
    .description('台账助手 TaskLedger：检查重点工作台账（牵头单位、可考核目标、进展） / checks work-plan ledgers')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('check')
    .description('检查一个或多个 .xlsx 台账，写出带“校验意见”列的副本 / check .xlsx ledgers and write checked copies')
    .argument('<files...>', '.xlsx 文件 / workbook files')
    .option('-o, --output <file>', '输出文件（单个输入时） / output file (one input)')
    .option('--out-dir <dir>', '输出目录 / output folder')
    .option('--json <file>', '写出 JSON 检查报告 / write a JSON report')
    .option('--sheet <name>', '只检查此工作表 / check only this sheet')
    .option('--map <roles>', '指定列，如 lead=H,target=C / set columns, e.g. lead=H,target=C')
    .option('--profile <file>', '自定义模板配置（JSON） / custom template profile (JSON)')
    .option('--as-of <date>', '报告日期 YYYY-MM-DD，用于计算序时进度 / report date for the expected progress')
    .option('--expected <percent>', '直接指定序时进度，如 75 / set the expected progress, e.g. 75')
    .option('--notes', '在每个标色单元格上加批注，写明原因 / a note on each flagged cell saying why')
    .option('--in-place', '把结果写回输入文件（先在旁边保存备份 <名称>.backup.xlsx） / write over the input, after a backup beside it')
    .option('--overwrite', '用测算结果覆盖已填写的进展状态和完成率 / overwrite stated statuses and ratios')
    .addOption(new Option('--aggregate <how>', '多个指标的完成率合并方式 / how indicator ratios combine').choices(['mean', 'min']).default('mean'))
    .option('--ahead <points>', '超过序时进度多少个百分点为“进度较快” / points ahead of schedule for 进度较快', '10')
    .option('--tolerance <points>', '低于序时进度多少个百分点内仍为“按时推进” / points behind still on track', '5')
    .addOption(new Option('--count-by <how>', '汇总口径：lead 按牵头单位，all 按所列全部单位 / count tasks by lead unit or every listed unit').choices([...COUNT_BY]).default('lead'))
    .option('--summary-name <name>', '汇总表名称（默认“汇总”） / summary sheet name (default 汇总)')
    .option('--no-summary', '不写汇总表 / write no summary sheet')
    .option('--rollup <file>', '把所有输入的汇总合计写入一个工作簿 / write one workbook summing all inputs by unit and status')
    .option('-q, --quiet', '不打印摘要 / print no summary')
    .addOption(lang)
    .action(async (files: string[], opts: CheckOptions) => setCode(await runCheck(files, opts, io)));

  program
    .command('explain')
    .description('逐行读取标准输入中的目标文字，说明是否可考核及识别出的数量 / explain, per stdin line, whether a target is measurable')
    .option('--json', '每行输出一个 JSON 对象 / one JSON object per line')
    .addOption(lang)
    .action(async (opts: { json?: boolean; lang: Locale }) => {
      const text = await readStdin();
      for (const line of text.split(/\r?\n/u)) {
        if (line.trim() === '') continue;
        io.out(explainLine(line, { json: opts.json === true, lang: opts.lang }));
      }
      setCode(0);
    });

  program
    .command('profile')
    .description('打印内置模板配置，可作为自定义配置的起点 / print the built-in profile to start a custom one')
    .action(() => {
      io.out(JSON.stringify(DEFAULT_PROFILE, null, 2));
      setCode(0);
    });
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    throw err;
  }
  return code;
}
