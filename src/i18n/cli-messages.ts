import type { Locale } from './locale';

export type FileErrorCode =
  | 'not-found'
  | 'empty-file'
  | 'not-xlsx'
  | 'csv'
  | 'html'
  | 'xml-spreadsheet'
  | 'text'
  | 'xls'
  | 'encrypted'
  | 'corrupt'
  | 'no-sheets'
  | 'empty-workbook'
  | 'no-ledger'
  | 'same-output'
  | 'write-failed'
  | 'sheet-not-found'
  | 'only-summaries'
  | 'protected';

type P = Record<string, string | number>;

const zh = {
  fileError: {
    'not-found': (p: P) => `找不到文件 ${p.file}`,
    'empty-file': () => '文件是空的（0 字节）',
    'not-xlsx': () => '不是 .xlsx 文件（不是 Excel 2007 及以后的工作簿格式）；如是 .csv 或其他格式，请在 Excel 中另存为 .xlsx',
    csv: () => 'CSV 文件不是 Excel 工作簿：请在 Excel 中打开后另存为 .xlsx 再校验',
    html: () => '这是网页（HTML）格式的表格，不是 Excel 工作簿（有些系统导出的 .xls 实为网页）：请在 Excel 中打开后另存为 .xlsx 再校验',
    'xml-spreadsheet': () => '这是 Excel 2003 XML 表格，不是 .xlsx 工作簿：请在 Excel 中打开后另存为 .xlsx 再校验',
    text: () => '这是文本文件，不是 Excel 工作簿：请在 Excel 中打开后另存为 .xlsx 再校验',
    xls: () => '这是旧版 .xls 文件：请在 Excel 或 WPS 中另存为 .xlsx 后再检查',
    encrypted: () => '工作簿已加密（设置了打开密码）：请先去除密码再检查',
    corrupt: (p: P) => `文件已损坏或不完整，无法读取（${p.detail}）`,
    'no-sheets': () => '工作簿中没有工作表',
    'empty-workbook': () => '工作簿是空的：所有工作表都没有内容',
    'no-ledger': (p: P) => `没有找到台账表头：所有工作表的前 ${p.rows} 行中都没有“${p.looked}”等列名`,
    'same-output': () => '输出文件不能与输入文件相同：TaskLedger 从不修改输入文件',
    'write-failed': (p: P) => `无法写入输出文件 ${p.file}（${p.detail}）`,
    'sheet-not-found': (p: P) => `工作簿中没有名为“${p.sheet}”的工作表`,
    'only-summaries': () => '工作簿中只有台账助手生成的汇总表，没有可检查的台账',
    protected: (p: P) =>
      `工作表“${p.sheet}”受保护${Number(p.count) > 1 ? `（共 ${p.count} 个工作表受保护）` : ''}：请先撤销工作表保护再检查；未写出任何文件`,
  } satisfies Record<FileErrorCode, (p: P) => string>,
  sheetSkipped: {
    'no-header': (p: P) => `已跳过：前 ${p.rows} 行中没有找到表头（查找了“${p.looked}”等列名）`,
    empty: () => '已跳过：空工作表',
    protected: () => '已跳过：工作表受保护，未作任何改动（请先撤销工作表保护再检查）',
  },
  hiddenRowsNote: (p: P) => `隐藏的 ${p.hidden} 行也已检查（副本中仍隐藏）`,
  filteredNote: (p: P) => `工作表设有筛选：已检查全部行，包括被筛选隐藏的 ${p.hidden} 行；副本保留筛选`,
  otherTableNote: (p: P) => `第 ${p.row} 行起是另一张表（表头不同），未检查`,
  interrupted: () => '已中断：未写完的输出文件已删除',
  checked: (p: P) => `表头第 ${p.headerRow} 行，任务 ${p.tasks} 项` + (Number(p.subitems) ? `（另有子项 ${p.subitems} 行）` : ''),
  severityCounts: (p: P) => `错误 ${p.error}，警告 ${p.warning}，提示 ${p.info}`,
  columns: '列',
  asOfLine: (p: P) => `序时进度 ${p.expected}（依据：${p.basis}）`,
  noAsOf: '未找到报告期（可用 --as-of 或 --expected 指定）：各行按其进展中写明的时段计算序时进度',
  sep: '；',
  wrote: (p: P) => `已写出 ${p.file}`,
  reportWrote: (p: P) => `检查报告已写入 ${p.file}`,
  tableHead: ['代码', '说明', '数量'],
  total: (p: P) => `共 ${p.files} 个文件：${p.ok} 个已检查，${p.failed} 个无法处理；错误 ${p.error}，警告 ${p.warning}`,
  badOption: (p: P) => `参数有误：${p.detail}`,
  badAsOf: (p: P) => `--as-of 日期“${p.value}”有误：应为 YYYY-MM-DD，如 2024-09-30`,
  badExpected: (p: P) => `--expected 序时进度“${p.value}”有误：应为 0 到 100 之间的百分数，如 75`,
  badMargin: (p: P) => `--ahead ${p.ahead} / --tolerance ${p.tolerance} 有误：应为 0 到 100 之间的百分点数`,
  unkept: (p: P) => `注意：输出副本不保留原工作簿中的${p.parts}（原文件未作任何改动）`,
  partNames: { charts: '图表', 'pivot-tables': '数据透视表', macros: '宏', slicers: '切片器', controls: '表单控件' } as Record<string, string>,
  badMap: (p: P) => `--map 参数“${p.item}”有误：应为 角色=列号（如 lead=H）；角色可为 ${p.roles}`,
  badProfile: (p: P) => `模板配置文件 ${p.file} 有误：`,
  oneOutput: () => '-o 只能用于单个输入文件；多个文件请用 --out-dir',
  inPlaceConflict: () => '--in-place 不能与 -o 或 --out-dir 同时使用',
  backedUp: (p: P) => `原文件已备份为 ${p.file}`,
  sheet: '工作表',
  summarySheets: (p: P) => `汇总表：${p.names}`,
  byUnitTitle: '按牵头单位统计：',
  rollupWrote: (p: P) => `多台账汇总已写入 ${p.file}（${p.files} 个台账，任务 ${p.tasks} 项）`,
  rollupFailed: (p: P) => `无法写入汇总工作簿 ${p.file}（${p.detail}）`,
  codeLabel: {
    'sheet/column-missing': '缺少必需列',
    'lead/missing': '缺少牵头单位',
    'lead/no-column': '无牵头单位列',
    'task/missing': '缺少任务内容',
    'seq/duplicate': '序号重复',
    'progress/missing': '缺少进展情况',
    'status/invalid': '进展状态不规范',
    'target/unmeasurable': '目标不可考核',
    'status/inconsistent': '状态与测算不符',
    'ratio/stated-mismatch': '完成率与测算不符',
    'ratio/invalid': '完成率格式有误',
    'ratio/not-computable': '无法测算完成率',
  } as Record<string, string>,
};

type Messages = typeof zh;

const en: Messages = {
  fileError: {
    'not-found': (p) => `file not found: ${p.file}`,
    'empty-file': () => 'the file is empty (0 bytes)',
    'not-xlsx': () => 'not an .xlsx workbook; save .csv or other formats as .xlsx in Excel first',
    csv: () => 'a CSV file is not an Excel workbook: open it in Excel and save it as .xlsx, then check it',
    html: () => 'this is a web page (HTML) table, not an Excel workbook (some systems export .xls files that are web pages): open it in Excel and save it as .xlsx, then check it',
    'xml-spreadsheet': () => 'this is an Excel 2003 XML spreadsheet, not an .xlsx workbook: open it in Excel and save it as .xlsx, then check it',
    text: () => 'this is a text file, not an Excel workbook: open it in Excel and save it as .xlsx, then check it',
    xls: () => 'this is an old binary .xls file: save it as .xlsx in Excel or WPS, then check it',
    encrypted: () => 'the workbook is encrypted (it has an open password): remove the password first',
    corrupt: (p) => `the file is damaged or incomplete and cannot be read (${p.detail})`,
    'no-sheets': () => 'the workbook has no worksheets',
    'empty-workbook': () => 'the workbook is empty: no sheet has any content',
    'no-ledger': (p) => `no ledger header found: no sheet has headers like "${p.looked}" in its first ${p.rows} rows`,
    'same-output': () => 'the output file must differ from the input: TaskLedger never modifies its input',
    'write-failed': (p) => `cannot write the output file ${p.file} (${p.detail})`,
    'sheet-not-found': (p) => `the workbook has no sheet named "${p.sheet}"`,
    'only-summaries': () => 'the workbook holds only summary sheets TaskLedger wrote, no ledger to check',
    protected: (p) =>
      `sheet "${p.sheet}" is protected${Number(p.count) > 1 ? ` (${p.count} sheets are protected)` : ''}: unprotect it, then check again; nothing was written`,
  },
  sheetSkipped: {
    'no-header': (p) => `skipped: no header in the first ${p.rows} rows (looked for "${p.looked}" …)`,
    empty: () => 'skipped: empty sheet',
    protected: () => 'skipped: the sheet is protected and was left as it was (unprotect it, then check again)',
  },
  hiddenRowsNote: (p) => `the ${p.hidden} hidden rows were checked too (still hidden in the copy)`,
  filteredNote: (p) => `the sheet is filtered: every row was checked, including ${p.hidden} rows the filter hides; the copy keeps the filter`,
  otherTableNote: (p) => `another table with a different header starts at row ${p.row}: not checked`,
  interrupted: () => 'interrupted: the unfinished output file was removed',
  checked: (p) => `header in row ${p.headerRow}, ${p.tasks} tasks` + (Number(p.subitems) ? ` (+${p.subitems} sub-item rows)` : ''),
  severityCounts: (p) => `${p.error} errors, ${p.warning} warnings, ${p.info} info`,
  columns: 'columns',
  asOfLine: (p) => `expected progress ${p.expected} (from: ${p.basis})`,
  noAsOf: 'no report period found (set one with --as-of or --expected): each row uses the period its progress names',
  sep: '; ',
  wrote: (p) => `wrote ${p.file}`,
  reportWrote: (p) => `report written to ${p.file}`,
  tableHead: ['code', 'meaning', 'count'],
  total: (p) => `${p.files} files: ${p.ok} checked, ${p.failed} could not be processed; ${p.error} errors, ${p.warning} warnings`,
  badOption: (p) => `bad option: ${p.detail}`,
  badAsOf: (p) => `--as-of "${p.value}" is not a date: use YYYY-MM-DD, e.g. 2024-09-30`,
  badExpected: (p) => `--expected "${p.value}" is not a percentage from 0 to 100, e.g. 75`,
  badMargin: (p) => `--ahead ${p.ahead} / --tolerance ${p.tolerance}: give points between 0 and 100`,
  unkept: (p) => `note: the checked copy does not keep the workbook's ${p.parts} (the input file is unchanged)`,
  partNames: { charts: 'charts', 'pivot-tables': 'pivot tables', macros: 'macros', slicers: 'slicers', controls: 'form controls' },
  badMap: (p) => `--map item "${p.item}" is wrong: use role=COLUMN (e.g. lead=H); roles are ${p.roles}`,
  badProfile: (p) => `the profile ${p.file} is not valid:`,
  oneOutput: () => '-o takes a single input file; use --out-dir for several',
  inPlaceConflict: () => '--in-place cannot be combined with -o or --out-dir',
  backedUp: (p) => `the original was backed up as ${p.file}`,
  sheet: 'sheet',
  summarySheets: (p) => `summary sheets: ${p.names}`,
  byUnitTitle: 'By lead unit:',
  rollupWrote: (p) => `roll-up written to ${p.file} (${p.files} ledgers, ${p.tasks} tasks)`,
  rollupFailed: (p) => `cannot write the roll-up workbook ${p.file} (${p.detail})`,
  codeLabel: {
    'sheet/column-missing': 'required column missing',
    'lead/missing': 'no lead unit',
    'lead/no-column': 'no lead-unit column',
    'task/missing': 'no task text',
    'seq/duplicate': 'duplicate No.',
    'progress/missing': 'no progress',
    'status/invalid': 'status not in vocabulary',
    'target/unmeasurable': 'target not measurable',
    'status/inconsistent': 'status contradicts figures',
    'ratio/stated-mismatch': 'stated ratio differs',
    'ratio/invalid': 'ratio not a number',
    'ratio/not-computable': 'ratio not computable',
  },
};

export const cliMessages: Record<Locale, Messages> = { 'zh-CN': zh, 'en-US': en };
export type CliMessages = Messages;
