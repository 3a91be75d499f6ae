/**
 * 中文：every message rectify prints, keyed by problem code or interface key. Plain words for the
 * people who keep a 整改台账; each hint is a fix that works when applied literally.
 */
import { statusLabel } from '../../model/status.js';
import type { Status } from '../../model/ledger.js';
import type { Params } from '../../model/problem.js';
import { q, type Catalogue } from './catalogue.js';

const TYPE: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  object: '对象（键: 值）',
  array: '列表（- 开头的各项）',
  null: '空值',
};
const types = (list: string | number | undefined) => String(list ?? '').split(',').map((t) => TYPE[t] ?? t).join('或');
const FOUND: Record<string, string> = { array: '列表', null: '空值', string: '一段文字', number: '一个数字', integer: '一个数字', boolean: 'true 或 false' };
const KIND: Record<string, string> = { person: '人员', unit: '单位', metric: '数据' };
const COUNTED: Record<string, string> = { aspects: '方面', issues: '问题', measures: '整改措施' };
const status = (s: string | number | undefined) => statusLabel(String(s) as Status);
/** Why a file could not be read or written, from the system's error code. */
const REASON: Record<string, string> = {
  ENOSPC: '磁盘已满',
  EDQUOT: '超出磁盘配额',
  EACCES: '没有权限',
  EPERM: '不允许该操作',
  EROFS: '文件系统只读',
  ENOTDIR: '路径中有一段不是目录',
  ENOENT: '目录不存在',
  EISDIR: '同名的目录已存在',
  EMFILE: '打开的文件过多',
  EIO: '磁盘读写出错',
  symlink: '它是符号链接',
  'not-a-file': '它不是普通文件（是设备、管道或套接字）',
  'too-large': '它超过大小上限',
};
const reason = (r: string | number | undefined) => REASON[String(r)] ?? String(r ?? '');
const REASON_HINT: Record<string, string> = {
  ENOSPC: '腾出磁盘空间后重试，或用 -o 换一个输出目录',
  EDQUOT: '腾出空间后重试，或用 -o 换一个输出目录',
  EACCES: '检查文件和目录的权限，或用 -o 换一个输出目录',
  EPERM: '检查文件和目录的权限，或用 -o 换一个输出目录',
  EROFS: '用 -o 指定一个可写的输出目录',
  ENOTDIR: '检查 -o 的路径',
  ENOENT: '检查 -o 的路径',
  EISDIR: '删除或改名该目录，或用 -o 换一个输出目录',
};
const WHERE: Record<string, string> = { text: '正文', source: 'Markdown 原文', rendered: '渲染后的文字', attributes: '属性值' };
const where = (w: string | undefined) => (w === undefined ? '' : w.startsWith('attribute ') ? `属性 ${w.slice('attribute '.length)}` : (WHERE[w] ?? w));
/** `text\tpart\twhere` lines: 林向东（word/styles.xml，属性 w:eastAsia） */
const found = (list: string | number | undefined) =>
  String(list ?? '')
    .split('\n')
    .filter((f) => f !== '')
    .map((f) => {
      const [text, part, at] = f.split('\t');
      const place = [part, where(at)].filter((x) => x).join('，');
      return place ? `${text}（${place}）` : text;
    })
    .join('、');
const UNIT: Record<string, string> = { pt: '磅', mm: '毫米', chars: '字' };
const CONSTRUCT: Record<string, string> = {
  code: '代码块',
  blockquote: '引用块（>）',
  list: '列表',
  hr: '分隔线（---）',
  html: 'HTML',
  def: '链接定义',
  em: '斜体（*…* 或 _…_）',
  codespan: '行内代码（`…`）',
  br: '强制换行',
  del: '删除线（~~…~~）',
  link: '链接',
  image: '图片',
  heading6: '六级标题（######）',
  'table-outside-attachment': '::: attachment 之外的表格',
};
const USAGE: Record<string, (p: Params) => string> = {
  unknownOption: (p) => `不认识的选项 ${p.what}`,
  unknownCommand: (p) => `没有名为 ${p.what} 的命令`,
  missingArgument: (p) => `缺少参数 ${p.what}`,
  optionMissingArgument: (p) => `选项 ${p.what} 后面缺少取值`,
  missingMandatoryOptionValue: (p) => `必须给出选项 ${p.what}`,
  invalidArgument: (p) => `选项 ${p.what} 的取值 ${p.value} 无效${p.choices ? `，可用：${p.choices}` : p.reason ? `：${INVALID[String(p.reason)] ?? p.reason}` : ''}`,
  excessArguments: (p) => `参数过多${p.expected ? `（最多 ${p.expected} 个）` : ''}`,
  conflictingOption: () => '这些选项不能同时使用',
  help: () => '请给出要运行的命令',
};
const INVALID: Record<string, string> = { 'positive-integer': '应为正整数', date: '日期应写作 YYYY-MM-DD，且须是真实存在的日期' };

export const zh = {
  // ---- reading the ledger (core/load) ----
  'yaml-syntax': { message: (p) => `YAML 语法错误：${p.detail}`, hint: () => '检查缩进、冒号后的空格和括号、引号是否成对' },
  'duplicate-key': { message: (p) => `键 ${p.key} 重复`, hint: () => '同一对象中每个键只能出现一次；删除或合并重复的键' },
  'explicit-tag': { message: (p) => `不允许使用 YAML 标签 ${p.tag}`, hint: () => '删除标签；需要文字时给值加引号' },
  'merge-key': { message: () => '不允许使用合并键 <<', hint: () => '把要合并的键逐个写出' },
  'yaml-version': { message: (p) => `不支持 %YAML ${p.version} 指令`, hint: () => '删除该指令（台账按 YAML 1.2 读取）' },
  'cyclic-alias': { message: (p) => `别名 *${p.anchor} 指向包含它自身的节点`, hint: () => '循环引用无法展开；把内容直接写出' },
  'alias-limit': { message: (p) => `别名 *${p.anchor} 展开后的节点超过 ${p.max} 个`, hint: () => '减少别名嵌套；确有需要可用 --max-aliases 放宽' },
  'too-large': { message: (p) => `文件有 ${p.size} 字节，超过 ${p.max} 字节上限`, hint: () => '台账一般小于 1 MiB；确有需要可用 --max-bytes 放宽' },
  'too-deep': { message: (p) => `嵌套层数超过 ${p.max ?? 64} 层`, hint: () => '台账的结构不会嵌套这么深；检查括号或缩进' },
  'not-utf8': { message: (p) => `文件不是有效的 UTF-8 编码（第 ${p.offset} 字节 ${p.byte}）`, hint: () => '用 UTF-8 编码另存文件（例如在编辑器中选择“UTF-8”）' },
  'not-a-mapping': { message: (p) => `台账应是键值对象，实际是${FOUND[String(p.found)] ?? p.found}`, hint: () => '台账以 rectify: 1 开头，其后是 report、inspection、aspects 等键' },
  empty: { message: () => '台账文件是空的', hint: () => '至少需要 rectify、report、inspection、aspects；参见 docs/ledger-format.md' },
  'bad-key': { message: () => '键必须是简单的文字', hint: () => '把键写成不带引号的英文名，例如 title' },
  'not-finite': { message: () => '数值必须是有限数', hint: () => '不要使用 .inf 或 .nan' },

  // ---- checking the ledger (core/validate) ----
  'unknown-key': { message: (p) => `未知的键 ${p.key}`, hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : '') + `可用的键：${p.allowed}` },
  'missing-key': {
    message: (p) => `缺少必填的键 ${p.key}`,
    hint: (p) => `在此对象中添加 ${p.key}: …` + (p.reason === 'several-issues' ? '（该方面有多个问题，每个问题都要写问题表述）' : p.description ? `（${p.description}）` : ''),
  },
  type: { message: (p) => `类型错误：应为${types(p.expected)}，实际是${types(p.found)}`, hint: (p) => `改为${types(p.expected)}` },
  'bad-enum': { message: (p) => `取值 ${p.value} 无效`, hint: (p) => `可用的取值：${p.allowed}` },
  'bad-value': {
    message: (p) =>
      `取值不符合要求：${p.rule === 'empty' ? '不能为空' : p.rule === 'min-items' ? `至少需要 ${p.limit} 项` : p.rule === 'minimum' ? `不能小于 ${p.limit}` : p.detail}`,
    hint: (p) => (p.rule === 'empty' ? '填写内容，或删除这个键' : p.rule === 'min-items' ? '添加至少一项' : p.rule === 'minimum' ? '改为 0 或正整数' : ''),
  },
  'bad-date': { message: (p) => `日期 ${q(p.value)} 无效`, hint: () => '日期写作 YYYY-MM-DD，且须是真实存在的日期，例如 2023-12-01' },
  'duplicate-id': {
    message: (p) => `编号 ${p.id} 重复（已在第 ${p.firstLine} 行使用）`,
    hint: () => '台账中所有编号（问题、措施、方面、人员、单位、数据）必须唯一；改用新的编号',
  },
  'unknown-reference': {
    message: (p) => `${KIND[String(p.kind)] ?? p.kind}编号 ${p.id} 不存在`,
    hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : `在 ${p.register} 中添加编号为 ${p.id} 的条目；`) + (p.known ? `已有编号：${p.known}` : ''),
  },
  'unknown-placeholder': {
    message: (p) => `未知的占位符 {{${p.name}}}`,
    hint: (p) => (p.closest ? `是否应为 {{${p.closest}}}？` : '') + `可用的占位符：${p.known}`,
  },
  'date-order': {
    message: (p) =>
      `日期顺序错误：${
        p.rule === 'visit'
          ? `进驻结束 ${p.date} 早于进驻开始 ${p.other}`
          : p.rule === 'feedback'
            ? `反馈日期 ${p.date} 早于进驻结束 ${p.other}`
            : p.rule === 'report'
              ? `报告日期 ${p.date} 早于反馈日期 ${p.other}`
              : `完成日期 ${p.date} 晚于报告日期 ${p.other}`
      }`,
    hint: () => '应满足：进驻开始 ≤ 进驻结束 ≤ 反馈日期 ≤ 报告日期，完成日期不晚于报告日期',
  },
  'done-with-open-measures': {
    message: (p) => `问题标为已整改完成，但措施 ${p.measure} 的状态是“${status(p.status)}”`,
    hint: () => '把措施改为 done（已整改完成），或把问题改为 in-progress（正在整改）',
  },
  'declared-mismatch': {
    message: (p) => `写明的${COUNTED[String(p.what)]}数是 ${p.declared}，台账实际列出 ${p.counted}`,
    hint: (p) => `核对台账；若台账无误，把此处改为 ${p.counted}，或在正文中用 {{${p.what}}} 代替手写的数字`,
  },
  overdue: {
    message: (p) => `${p.item === 'issue' ? '问题' : '措施'} ${p.name} 已超过整改时限 ${p.due}（报告日期 ${p.asOf}），状态为“${status(p.status)}”`,
    hint: () => '更新状态和完成日期，或调整整改时限',
  },
  'xml-char': { message: (p) => `含有无法写入文档的字符 ${p.char}`, hint: () => '删除该字符（控制字符、U+FFFE、U+FFFF 或孤立的代理项）' },
  // ---- spreadsheets (core/spreadsheet) ----
  'no-table': {
    message: (p) => `没有找到整改台账表格：工作表 ${p.sheets} 的前 10 行中都没有同时含“问题”和“整改措施”两列的表头`,
    hint: () => '表头写法与常见写法不同时，用 --map 文件指明各列，例如 {"反馈意见": "问题", "落实举措": "整改措施"}',
  },
  'missing-column': { message: (p) => `表头中没有“${p.header}”列`, hint: (p) => `添加“${p.header}”列，或用 --map 指明哪一列是“${p.header}”` },
  'unknown-header': {
    message: (p) => `不认识的表头 ${q(p.header)}，该列未导入`,
    hint: (p) => `如果这一列有用，在 --map 文件中写明它对应的字段，例如 {"${p.header}": "整改措施"}；否则可忽略此提示`,
  },
  'duplicate-column': { message: (p) => `表头 ${q(p.header)} 与 ${q(p.first)} 是同一列的名称，只导入前一列`, hint: () => '删除或重命名重复的列，或用 --map 把它映射为 null 以忽略' },
  'unknown-status': { message: (p) => `无法识别的整改状态 ${q(p.value)}`, hint: () => '整改状态写作：已整改完成、正在整改、长期坚持、基本完成 或 未启动' },
  'missing-measure': { message: () => '这一行没有整改措施', hint: () => '填写整改措施，或删除这一行' },
  'issue-without-measures': { message: () => '这个问题没有整改措施', hint: () => '在“整改措施”列填写针对该问题的措施' },
  'missing-issue': { message: () => '这一行有整改措施，但它上方没有问题', hint: () => '在“问题”列填写该措施针对的问题' },
  'multiple-leaders': { message: (p) => `责任领导只能有一名，${p.others} 已作为该问题的责任人导入`, hint: () => '确认第一位是责任领导；其余人员可在 YAML 的 owners 中调整' },
  'inconsistent-issue-cell': { message: (p) => `同一问题的“${p.header}”前后不一致：${q(p.first)} 与 ${q(p.other)}，导入了前者`, hint: () => '同一问题的各行应填写相同的值，或合并这些单元格' },
  'fill-in': {
    message: (p) => `表格中没有 rectify export 生成的“台账信息”工作表，以下内容填入了“【待填写】”占位值或推定日期，请在生成的 YAML 中修改：${p.keys}`,
    hint: () => '修改后运行 rectify validate 检查',
  },
  'meta-unreadable': {
    message: (p) => `“台账信息”工作表不是有效的台账，已忽略（第 ${p.line} 行：${p.code}）`,
    hint: () => '该工作表由 rectify export 写入，请勿手工编辑；报告、巡察信息等按占位值处理',
  },
  'skipped-row': { message: () => '这一行是跨整行合并的单元格，按表注处理，未导入', hint: () => '如果它是一条整改措施，取消合并并分列填写' },
  'unterminated-quote': { message: () => 'CSV 中的引号没有闭合', hint: () => '检查该行附近的英文双引号 " 是否成对' },
  'unreadable-file': { message: (p) => `无法读取电子表格：${p.detail}`, hint: () => '支持 .xlsx 和 .csv（UTF-8、UTF-16 或 GB18030）文件' },
  'unsupported-format': { message: () => '不支持旧版 .xls 格式', hint: () => '在 Excel 或 WPS 中“另存为” .xlsx 后再导入' },
  'entry-too-large': {
    message: (p) => `电子表格中的部件 ${p.entry} 解压后超过 ${p.limit} 字节上限，未读取`,
    hint: () => '文件可能已损坏或是恶意构造的压缩包；确属正常的大表格时可用 --max-bytes 放宽（每个部件的上限是它的 10 倍）',
  },
  'sheet-too-large': {
    message: (p) =>
      p.reason === 'bounds'
        ? '单元格位置超出 Excel 的范围（1048576 行、16384 列）'
        : p.reason === 'merge'
          ? `合并单元格过大：读取它要展开超过 ${p.limit} 个单元格`
          : p.reason === 'csv'
            ? `CSV 文件过大：读到这里已超过 ${p.limit} 个单元格（或一行超过 16384 列）`
            : `工作表过大：读到这里已超过 ${p.limit} 个单元格`,
    hint: () => '删除远处多余的内容或合并（在 Excel 中按 Ctrl+End 可定位到最后一个单元格），或把整改台账复制到新工作表后再导入；确有需要可用 --max-bytes 放宽（单元格上限为它的二十分之一）',
  },
  'hidden-sheet-skipped': {
    message: (p) => `隐藏的工作表 ${q(p.sheet)} 也有整改台账表格，未导入；导入的是可见的工作表 ${q(p.imported)}`,
    hint: () => '如果要导入的是隐藏的工作表，先在 Excel 中取消隐藏，再删除或隐藏其他表格',
  },
  'hidden-sheet-imported': {
    message: (p) => `整改台账表格在隐藏的工作表 ${q(p.sheet)} 中，已从该表导入`,
    hint: () => '确认这就是要导入的表格；可见的工作表中没有整改台账表格',
  },
  'other-table-skipped': {
    message: (p) => `工作表 ${q(p.sheet)} 也有整改台账表格（${p.rows} 行），未导入；只导入了第一个表格所在的工作表 ${q(p.imported)}`,
    hint: () => '一次导入一张整改台账：把各表合并到一个工作表，或分别保存为单独的文件后逐个导入',
  },
  'sheet-not-imported': {
    message: (p) => `工作表 ${q(p.sheet)} 有 ${p.rows} 行内容，但不是整改台账表格，未导入`,
    hint: () => '如果其中有整改措施，把它们移到整改台账表格中',
  },
  'row-not-imported': {
    message: () => '这一行只在未导入的列中有内容，未导入',
    hint: () => '把内容填到“问题”“整改措施”等列中，或用 --map 说明这一列对应的字段',
  },
  'column-without-header': {
    message: (p) => `第 ${p.column} 列没有表头，其中 ${p.cells} 个单元格的内容未导入`,
    hint: () => '给这一列写上表头（如“佐证材料”），或用 --map 说明它对应的字段',
  },
  'import-mismatch': {
    message: () => '内部错误：写出的 YAML 读回后与导入的台账不一致，未写入任何文件',
    hint: () => '请把该电子表格提交给 rectify 的维护者',
  },
  'bad-map': {
    message: (p) =>
      p.rule === 'syntax'
        ? `--map 文件不是有效的 YAML/JSON：${p.detail}`
        : p.rule === 'not-a-mapping'
          ? '--map 文件应为“表头: 字段”的映射，例如 {"反馈意见": "问题"}'
          : `--map 中表头“${p.header}”对应的字段“${p.value}”无效`,
    hint: (p) => `字段可写英文（${String(p.fields).split(', ').join('、')}）、中文表头名（如 整改措施），或写 null 忽略该列`,
  },

  // ---- templates and layout (core/render, core/docx) ----
  'unknown-template-set': { message: (p) => `没有名为“${p.name}”的内置模板集`, hint: (p) => `内置模板集：${String(p.known).split(', ').join('、')}；或用 --templates DIR 指定自己的模板目录` },
  'template-dir-missing': { message: () => '模板目录不存在，或不是目录', hint: () => '检查 --templates 的路径；可用 rectify templates export default DIR 生成一个模板目录' },
  'template-missing': { message: () => '模板文件不存在', hint: () => '模板目录须含 report.md.hbs 和 partials/*.hbs；可用 rectify templates export default DIR 生成' },
  'template-not-a-file': { message: () => '模板必须是模板目录中的普通文件（不能是符号链接或目录）', hint: () => '把文件复制进模板目录，不要用链接' },
  'template-too-large': { message: (p) => `模板文件有 ${p.size} 字节，超过 ${p.max} 字节上限`, hint: () => '模板只需几千字节；检查是否放错了文件' },
  'template-bad-name': { message: (p) => `模板片段名“${p.name}”不合规：只能用小写字母、数字和连字符`, hint: () => '重命名该文件，例如 part-one.hbs' },
  'template-error': {
    message: (p) =>
      ({
        syntax: `模板语法错误：${p.detail}`,
        'partial-missing': `模板片段“${p.name}”不存在`,
        compile: `模板错误：${p.detail}`,
        'unknown-field': `模板中的字段 ${p.field} 不存在`,
        'too-deep': `模板的块或片段嵌套超过 ${p.max} 层`,
        recursion: `模板片段互相调用，永远不会结束：${p.chain}`,
        'too-large': `模板写出的内容超过 ${p.max} 个字符，已停止`,
        'too-many-steps': `模板展开超过 ${p.max} 步（块、循环和片段），已停止`,
      })[String(p.kind)] ?? `模板运行出错：${p.detail}`,
    hint: (p) =>
      ({
        syntax: '检查 {{ }} 是否成对、块是否闭合',
        'partial-missing': `片段须放在模板目录的 partials/${p.name}.hbs`,
        compile: `可用的帮助函数：${p.helpers}`,
        'unknown-field': '检查字段名拼写；模板可用的字段和帮助函数见 docs/templates.md',
        'too-deep': '减少 {{#…}} 块和片段的嵌套层数；报告模板只需几层',
        recursion: '去掉片段之间的循环调用（台账中没有需要递归的内容）',
        'too-large': '检查模板是否把片段或循环重复嵌套（例如片段调用另一片段两次，层层加倍）',
        'too-many-steps': '检查模板是否把循环套在循环里，或片段层层重复调用',
      })[String(p.kind)] ?? '模板可用的字段和帮助函数见 docs/templates.md',
  },
  'layout-unreadable': { message: (p) => `无法读取版式文件：${reason(p.reason)}`, hint: () => 'layout.json 须是模板目录中的普通文件（不能是符号链接）' },
  'layout-not-json': { message: (p) => `版式文件不是有效的 JSON：${p.detail}`, hint: () => '检查逗号与引号；JSON 不能写注释' },
  'layout-unknown-key': { message: (p) => `${p.key}：未知的版式键`, hint: (p) => `此处可用的键：${String(p.known).split(', ').join('、')}` },
  'layout-invalid': {
    message: (p) =>
      `${p.key}：${
        p.rule === 'number'
          ? `应为 ${p.min} 到 ${p.max} 之间的数（${UNIT[String(p.unit)] ?? p.unit}）`
          : p.rule === 'geometry'
            ? `${p.orientation === 'landscape' ? '横向（附件）' : '纵向'}版心只剩 ${p.across} × ${p.down} 毫米，至少要 ${p.min} × ${p.min} 毫米`
            : p.rule === 'font'
            ? '应为字体名称（不能首尾有空格，不能含控制字符、U+FFFE 等无法写入文档的字符或 < > & "）'
            : p.rule === 'boolean'
              ? '应为 true 或 false'
              : p.rule === 'enum'
                ? `应为 ${String(p.values).split(', ').join('、')} 之一`
                : '应为对象'
      }，实际为 ${p.value}`,
    hint: (p) => (p.rule === 'geometry' ? '减小页边距或加大纸张尺寸（page.width、page.height、page.margins），使版心在纵向和横向都放得下正文' : p.rule === 'number' ? `只写数字，不带单位，例如 ${p.example}` : p.rule === 'font' ? '例如 "仿宋_GB2312"' : p.rule === 'object' ? '写成 { "键": 值, … } 的形式' : ''),
  },
  'unmapped-markdown': {
    message: (p) => p.construct === 'unknown-fence' ? `未知的 ::: ${p.fence} 块` : `.docx 生成器无法排版此处的${p.fence ? ` ::: ${p.fence} 中的` : ''}${CONSTRUCT[String(p.construct)] ?? p.construct}${p.sample ? `：${p.sample}` : ''}`,
    hint: (p) => p.construct === 'unknown-fence' ? `可用的块：${String(p.known).split(', ').join('、')}` : '只使用 docs/report-markdown.md 所列写法（# 至 ##### 标题、段落、**加粗**、::: 块、附件中的表格）；字面字符用 \\ 转义',
  },
  'bad-fenced-block': {
    message: (p) =>
      ({
        to: `::: to 应只含一段，实际 ${p.found} 段`,
        'attachment-note': '::: attachment-note 为空',
        signature: `::: signature 应含发文机关与成文日期两段，实际 ${p.found} 段`,
        'attachment-label': '::: attachment 须以附件标识段（附件 或 附件1）开头',
        nested: `::: ${p.fence} 写在 ::: ${p.outer}（第 ${p.outerLine} 行）之内；::: 块不能嵌套`,
        'stray-close': '":::" 前没有打开的块',
        unclosed: `::: ${p.fence} 没有结束行`,
      })[String(p.rule)] ?? `::: 块的写法有误（${p.rule}）`,
    hint: (p) => (p.rule === 'nested' ? '先用单独一行 ":::" 结束前一个块' : p.rule === 'unclosed' ? '用单独一行 ":::" 结束' : '写法见 docs/report-markdown.md'),
  },
  'duplicate-title': { message: () => '正文中出现第二个 # 标题', hint: () => '正文只有一个标题；附件标题写在 ::: attachment 内' },

  // ---- files and outputs (host, app) ----
  'not-found': { message: () => '找不到这个文件', hint: () => '检查文件名和所在目录；台账可用 - 从标准输入读取' },
  'is-directory': { message: () => '这是目录，不是文件', hint: () => '给出目录中的文件，例如 ledger.yaml' },
  'read-failed': { message: (p) => `无法读取：${reason(p.reason)}`, hint: (p) => (p.reason === 'not-a-file' ? '给出一个普通文件；要从管道读取台账，用 - 读标准输入' : '检查文件权限') },
  'write-failed': {
    message: (p) => `无法写入 ${p.target}：${reason(p.reason)}${REASON[String(p.reason)] ? `（${p.reason}）` : ''}${p.untouched ? '；原有文件均未改动' : ''}`,
    hint: (p) => REASON_HINT[String(p.reason)] ?? '检查输出目录是否存在且可写',
  },
  'would-overwrite': { message: (p) => `${p.target} 已存在，未作改动`, hint: () => '加 --force 覆盖，或用 -o 指定另一个文件或目录' },
  'output-is-input': { message: (p) => `输出文件与输入是同一个文件：${p.target}`, hint: () => '用 -o 指定其他输出文件或目录；台账文件名以 .yaml 结尾' },
  'output-collision': { message: (p) => `${p.other} 和这份台账会写到同一个文件 ${p.target}`, hint: () => '分开构建，或给台账不同的文件名' },
  'target-not-empty': { message: () => '目标已存在且不是空目录', hint: () => '换一个新目录名' },
  'no-ledgers': { message: () => '目录中没有台账文件（*.yaml、*.yml）', hint: () => '给出台账文件或含台账的目录；子目录不会被读取' },
  'schema-missing': { message: (p) => `无法读取随 rectify 安装的 JSON Schema：${reason(p.reason)}`, hint: () => '重新安装 rectify' },
  'redaction-failed': {
    message: (p) =>
      p.found
        ? `公开版：${p.target} 中仍有应遮蔽的文字：${found(p.found)}；未写入任何文件`
        : `公开版：${p.target} 中有遮蔽检查无法识读的字符引用：${String(p.unreadable ?? '').split(' ').join('、')}；未写入任何文件`,
    hint: (p) =>
      p.found
        ? '应遮蔽的文字被格式拆开（如 **青**禾、HTML 注释、空链接）、写成字符引用，或由模板、版式直接写出（如字体名称），或遮蔽文字（mask）又含被遮蔽的文字；把它写成连续的文字以便遮蔽，或从模板和版式中去掉'
        : '在模板中直接写出该字符，不要用 &eacute; 这样的命名字符引用',
  },
  'soffice-missing': { message: () => '无法生成 PDF：PATH 中找不到 LibreOffice（soffice）', hint: () => '安装 LibreOffice（Debian/Ubuntu：apt-get install libreoffice-writer-nogui），或从 --format 中去掉 pdf' },
  'pdf-failed': { message: (p) => `LibreOffice 无法把报告转为 PDF（退出码 ${p.exit}）：${p.detail}`, hint: () => '用 LibreOffice 打开生成的 .docx，看它拒绝了什么' },
  'bad-source-date-epoch': { message: (p) => `环境变量 SOURCE_DATE_EPOCH 的值 ${q(p.value)} 无效`, hint: () => '写 1970 年以来的整秒数，例如 SOURCE_DATE_EPOCH=1701388800；或删除该变量，日期即取报告日期' },
  'stream-failed': { message: (p) => `无法写入${p.stream === 'stdout' ? '标准输出' : '标准错误'}：${reason(p.reason)}`, hint: () => '检查输出重定向的目标（磁盘是否已满）' },
  'internal-error': { message: (p) => `内部错误：${p.detail}`, hint: (p) => (p.batch ? '单独构建该台账，看错误是否重现；' : '') + '请把命令和台账报告给维护者（设置 RECTIFY_DEBUG=1 可看到详细信息）' },

  // ---- the command line (app) ----
  usage: { message: (p) => (USAGE[String(p.kind)] ?? (() => `命令行有误（${p.kind}）`))(p), hint: (p) => (p.suggestion ? `是否应为 ${p.suggestion}？` : '') + '加 --help 查看用法和示例' },
  'unknown-format': { message: (p) => (p.formats ? `不支持的输出格式：${p.formats}` : '没有给出输出格式'), hint: (p) => `可用格式：${p.known}，多个用逗号分隔，例如 --format md,docx` },
  'watch-stdin': { message: () => '--watch 不能读取标准输入', hint: () => '给出台账文件' },
  'stdin-twice': { message: () => 'OLD 和 NEW 不能都是 -（标准输入只能读一次）', hint: () => '把其中一轮先存成文件' },

  // ---- interface text ----
  'report.path': { message: () => '位置' },
  'report.hint': { message: () => '提示' },
  'report.summary': { message: (p) => `${p.errors}个错误，${p.warnings}个警告` },
  'output.wrote': { message: (p) => `已写入 ${p.file}` },
  'build.wrote': { message: (p) => `已生成 ${p.file}` },
  'batch.summary': { message: (p) => `已生成 ${p.built} 份${p.where ? `（在 ${p.where}）` : ''}，失败 ${p.failed} 份${Number(p.failed) > 0 ? '：' : ''}` },
  'batch.failed-ledger': { message: (p) => `  ${p.file}（${p.why === 'invalid' ? '台账有误' : '无法生成'}）` },
  'validate.clean': { message: (p) => `${p.files}：未发现问题` },
  'export.invalid': { message: () => '台账有错误，未导出' },
  'import.failed': { message: () => '电子表格有无法读取的内容，未写入任何文件' },
  'import.rows': {
    message: (p) =>
      `读取工作表“${p.sheet}”的 ${p.read} 行` +
      (p.issues !== undefined ? `：导入 ${p.issues} 个问题、${p.measures} 条整改措施` : '') +
      (Number(p.skipped) > 0 ? `；${p.skipped} 行未导入（见上文）` : ''),
  },
  'import.fill-in-comment': { message: (p) => `由 rectify import 从手工制作的电子表格生成。\n以下内容是“【待填写】”占位值或推定日期，请修改：${p.keys}\n修改后运行 rectify validate 检查。` },
  'init.created': { message: (p) => `已创建 ${p.files}` },
  'init.next': { message: (p) => `下一步：按注释修改 ${p.ledger}，然后运行\n  rectify validate ${p.ledger}\n  rectify build ${p.ledger}` },
  'init.ask': { message: (p) => `${p.question} [${p.fallback}]：` },
  'init.ask.unit': { message: () => '被检查单位（报告落款）' },
  'init.ask.kind': { message: (p) => `检查类型（${p.kinds}）` },
  'init.ask.bad-kind': { message: (p) => `请填写 ${p.kinds} 之一。` },
  'init.ask.by': { message: (p) => `${p.kind}组名称` },
  'templates.exported': { message: (p) => `已导出模板集 ${p.name} 到 ${p.dir}；用 --templates ${p.dir} 构建` },
  'watch.templates-broken': { message: (p) => `[${p.time}] 模板有误，修改后将重新生成` },
  'watch.wrote': { message: (p) => `[${p.time}] 已生成 ${String(p.files).split('\n').join('、')}` },
  'watch.failed': { message: (p) => `[${p.time}] ${p.file}：失败（${p.why === 'invalid' ? '台账有误' : '无法生成'}）` },
  'watch.watching': { message: (p) => `[${p.time}] 正在监视 ${p.ledgers} 份台账和模板目录 ${p.templates}，按 Ctrl+C 结束` },

  // ---- rectify diff and rectify stats (app/report) ----
  'diff.heading': { message: () => '整改进展对比' },
  'diff.rounds': { message: (p) => `${p.from} → ${p.to}` },
  'diff.issues': { message: () => '问题' },
  'diff.measures': { message: () => '整改措施' },
  'diff.metrics': { message: () => '指标' },
  'diff.done': { message: () => '已完成' },
  'diff.issuesTotal': { message: () => '问题总数' },
  'diff.issuesDone': { message: () => '问题已完成' },
  'diff.measuresTotal': { message: () => '整改措施总数' },
  'diff.measuresDone': { message: () => '整改措施已完成' },
  'diff.previous': { message: () => '上一轮' },
  'diff.current': { message: () => '本轮' },
  'diff.change': { message: () => '变化' },
  'diff.issuesNewlyDone': { message: () => '新完成的问题' },
  'diff.issuesStatusChanged': { message: () => '状态有变化的问题' },
  'diff.issuesAdded': { message: () => '新增的问题' },
  'diff.issuesRemoved': { message: () => '删除的问题' },
  'diff.measuresNewlyDone': { message: () => '新完成的整改措施' },
  'diff.measuresStatusChanged': { message: () => '状态有变化的整改措施' },
  'diff.measuresAdded': { message: () => '新增的整改措施' },
  'diff.measuresRemoved': { message: () => '删除的整改措施' },
  'diff.metricsChanged': { message: () => '指标变化' },
  'diff.metricAdded': { message: () => '新增' },
  'diff.metricRemoved': { message: () => '删除' },
  'diff.noChanges': { message: () => '两轮台账之间没有变化。' },
  'diff.issueOf': { message: (p) => `问题 ${p.id}` },
  'diff.colon': { message: () => '：' },
  'diff.comma': { message: () => '，' },
  'stats.asOf': { message: () => '截至' },
  'stats.counts': { message: (p) => `${p.a} 个方面，${p.i} 项问题，${p.m} 条整改措施` },
  'stats.status': { message: () => '状态' },
  'stats.issues': { message: () => '问题' },
  'stats.measures': { message: () => '措施' },
  'stats.rate': { message: () => '完成率' },
  'stats.byStatus': { message: () => '按状态' },
  'stats.byAspect': { message: () => '各方面完成情况' },
  'stats.aspect': { message: () => '方面' },
  'stats.done': { message: () => '已完成' },
  'stats.overdue': { message: () => '逾期事项' },
  'stats.noOverdue': { message: () => '逾期事项：无' },
  'stats.item': { message: () => '编号' },
  'stats.text': { message: () => '事项' },
  'stats.due': { message: () => '时限' },
  'stats.days': { message: () => '逾期天数' },
  'stats.leaders': { message: () => '责任领导' },
  'stats.units': { message: () => '责任单位' },
  'stats.owners': { message: () => '责任人' },
  'stats.name': { message: () => '名称' },
  'stats.open': { message: () => '未完成' },
  'stats.overdueCount': { message: () => '逾期' },
  'stats.metrics': { message: () => '关键数据' },
  'stats.value': { message: () => '数值' },
  'stats.target': { message: () => '目标' },
  'stats.count': { message: (p) => `（${p.n}）` },
  'stats.separator': { message: () => '，' },

  // ---- help (--help) ----
  'help.rectify': { message: () => '整改台账 → 整改进展情况报告（Markdown 和符合 GB/T 9704 的 .docx）' },
  'help.version': { message: () => '显示版本号' },
  'help.help': { message: () => '显示帮助' },
  'help.lang': { message: () => '提示信息的语言：zh（中文）或 en（英文）' },
  'help.title.usage': { message: () => '用法：' },
  'help.title.arguments': { message: () => '参数：' },
  'help.title.options': { message: () => '选项：' },
  'help.title.commands': { message: () => '命令：' },
  'help.title.global': { message: () => '全局选项：' },
  'help.usage.options': { message: () => '[选项]' },
  'help.usage.command': { message: () => '[命令]' },
  'help.extra': { message: (p) => `（${p.text}）` },
  'help.extra.separator': { message: () => '；' },
  'help.choices': { message: (p) => `可选：${p.choices}` },
  'help.default': { message: (p) => `默认：${p.value}` },
  'help.argument.ledger': { message: () => '台账文件；- 表示从标准输入读取' },
  'help.argument.ledgers': { message: () => '台账文件，可多个（默认 ledger.yaml）；- 表示从标准输入读取' },
  'help.argument.build-ledgers': { message: () => '台账文件或含台账的目录（目录中所有 *.yaml、*.yml）；- 表示从标准输入读取（写出 report.md）' },
  'help.argument.init-dir': { message: () => '新建台账所在的目录（不存在则创建）' },
  'help.argument.sheet': { message: () => '.xlsx 或 .csv 文件；- 表示从标准输入读取' },
  'help.argument.old': { message: () => '上一轮的台账；- 表示从标准输入读取' },
  'help.argument.new': { message: () => '本轮的台账；- 表示从标准输入读取' },
  'help.argument.set-name': { message: () => '内置模板集的名称：default 或 audit' },
  'help.argument.new-dir': { message: () => '一个新目录' },
  'help.option.max-bytes': { message: () => '拒绝大于 n 字节的台账' },
  'help.option.max-aliases': { message: () => '拒绝展开后超过 n 个节点的 YAML 别名' },
  'help.option.diagnostics-format': { message: () => '问题的输出格式：human（给人看）、json、github（PR 注释）' },
  'help.option.output-format': { message: () => '输出格式' },
  'help.option.strict': { message: () => '有警告也视为失败（退出码 1）' },
  'help.option.quiet': { message: () => '只显示错误' },
  'help.option.quiet-warnings': { message: () => '不显示校验警告' },
  'help.option.output-dir': { message: () => '输出目录（默认与台账同目录）' },
  'help.option.build-format': { message: (p) => `输出格式，逗号分隔或多次给出（${p.formats}）` },
  'help.option.templates': { message: () => '自己的模板目录（完整的一套，可用 rectify templates export 生成）' },
  'help.option.template': { message: () => '内置模板集：default（巡察整改进展）或 audit（审计整改）' },
  'help.option.public': { message: () => '公开版：遮蔽 redact 中的文字和人员姓名' },
  'help.option.watch': { message: () => '台账或模板一改就重新生成，直到按 Ctrl+C' },
  'help.option.unit': { message: (p) => `被检查单位，即报告落款（默认 ${p.default}）` },
  'help.option.kind': { message: (p) => `检查类型（默认 ${p.default}）` },
  'help.option.by': { message: () => '检查组名称，例如 市委第五巡察组（默认按检查类型）' },
  'help.option.init-force': { message: () => '覆盖已有的 ledger.yaml 和 ledger.schema.json' },
  'help.option.yes': { message: () => '不提问（即使在终端中）' },
  'help.option.force': { message: () => '覆盖已有的输出文件' },
  'help.option.export-format': { message: () => 'xlsx 或 csv（默认按 -o 的扩展名，否则 xlsx）' },
  'help.option.export-output': { message: () => '输出文件；- 表示写到标准输出（默认与台账同名，扩展名 .xlsx/.csv）' },
  'help.option.import-output': { message: () => '要写出的台账 YAML；- 表示写到标准输出（默认与表格同名，扩展名 .yaml）' },
  'help.option.map': { message: () => '表头写法特殊时，把表头对应到字段的 YAML/JSON 文件' },
  'help.option.as-of': { message: () => '按这一天统计超期（默认报告日期）' },
  'help.option.exit-code': { message: () => '两轮台账不同时退出码为 1' },
  'help.validate': { message: () => '校验整改台账：格式和各项规则' },
  'help.build': { message: () => '生成整改报告：在台账旁（或 -o 目录中）写出 <台账名>.md 和 .docx（--format 可加 .pdf）' },
  'help.init': { message: () => '新建整改台账：带注释的 ledger.yaml 示例' },
  'help.stats': { message: () => '台账统计：各状态数量、完成率、超期事项、责任分布' },
  'help.diff': { message: () => '对比两轮整改台账' },
  'help.export': { message: () => '导出整改台账表：xlsx 或 csv' },
  'help.import': { message: () => '从 xlsx 或 csv 电子表格导入整改台账' },
  'help.schema': { message: () => '输出台账格式的 JSON Schema' },
  'help.templates': { message: () => '内置模板集：列出、导出' },
  'help.templates.list': { message: () => '列出内置模板集' },
  'help.templates.export': { message: () => '把内置模板集复制到目录 DIR，作为自己模板的起点（然后用 --templates DIR 构建）' },
  'help.validate.examples': {
    message: () => `
示例：
  rectify validate                                   检查当前目录的 ledger.yaml
  rectify validate ledgers/*.yaml --strict           有警告也失败（退出码 1）
  rectify validate ledger.yaml --format github       在 PR 的对应行上显示问题
  rectify validate ledger.yaml --format json | jq '.diagnostics[] | select(.severity == "error")'
  cat ledger.yaml | rectify validate -               从标准输入读取，显示为 <stdin>

退出码：0 有效（可有警告），1 无效，2 用法错误或文件无法读取。
`,
  },
  'help.build.examples': {
    message: () => `
示例：
  rectify build ledger.yaml                          在台账旁写出 ledger.md 和 ledger.docx
  rectify build ledger.yaml -o out --format md,docx,pdf
  rectify build ledger.yaml --public                 党务公开版：遮蔽人名和 redact 中的文字
  rectify build ledgers/ -o reports/                 目录中的每份台账，用上所有 CPU 核
  rectify build ledger.yaml --template audit         内置的审计整改报告模板
  rectify build ledger.yaml --templates my-set       自己的模板（rectify templates export default my-set）
  rectify build ledger.yaml --watch                  台账或模板每次保存后重新生成

台账有误（退出码 1）或任何输出无法生成（退出码 2）时，不写出任何文件。
输出可复现：日期取自 SOURCE_DATE_EPOCH，否则取报告日期。
`,
  },
  'help.init.examples': {
    message: () => `
示例：
  rectify init                          在当前目录创建 ledger.yaml 和 ledger.schema.json
  rectify init 2024-整改 --unit XX县司法局 --kind 巡察
  rectify init --force                  覆盖已有的 ledger.yaml

在终端中运行时，init 会询问被检查单位、检查类型和检查组；加 --yes，或标准输入不是终端（脚本、CI）
时不提问，使用选项或默认值。台账第一行让编辑器读取旁边的 ./ledger.schema.json（随 rectify 安装的
Schema 的副本）；升级后用 rectify schema > ledger.schema.json 更新它。
`,
  },
  'help.stats.examples': {
    message: () => `
示例：
  rectify stats ledger.yaml                      数量、完成率、超期事项、每人负责的事项
  rectify stats ledger.yaml --as-of 2024-03-01   按另一天（而非报告日期）统计超期
  rectify stats ledger.yaml --format json | jq '.overdue[] | [.issueId, .daysOverdue]'

这些数字与报告中的一致（由台账算出，从不手写）。超期指完成时限早于报告日期（或 --as-of）且未完成。
json 格式带有 "version": 1。
`,
  },
  'help.diff.examples': {
    message: () => `
示例：
  rectify diff 2023-11/ledger.yaml 2023-12/ledger.yaml
  rectify diff old.yaml ledger.yaml --format md >> "$GITHUB_STEP_SUMMARY"
  git show HEAD~1:ledger.yaml | rectify diff - ledger.yaml --format json

显示两轮之间的变化：新完成的问题和措施、其他状态变化、增删的事项、数据的变化。问题按编号（id）对应；
措施按编号，没有编号时按所属问题和位置（ISSUE#2 是该问题的第二条措施）。
不论有无变化退出码都是 0；加 --exit-code 时有变化为 1（同 git diff --exit-code）。台账无效时退出码
也是 1，问题显示在标准错误上（需要区分时先运行 rectify validate）。OLD 和 NEW 最多一个是 -。
`,
  },
  'help.export.examples': {
    message: () => `
示例：
  rectify export ledger.yaml                  写出 ledger.xlsx（整改台账表 + 隐藏的“台账信息”表）
  rectify export ledger.yaml --format csv     写出 ledger.csv（UTF-8 带 BOM，Excel 直接打开）
  rectify export ledger.yaml -o 台账.xlsx --force

工作簿可复现：其时间取自 SOURCE_DATE_EPOCH，否则取报告日期。
`,
  },
  'help.import.examples': {
    message: () => `
示例：
  rectify import 台账.xlsx                     写出 台账.yaml
  rectify import 台账.csv -o ledger.yaml       CSV 可为 UTF-8 或 GB18030 编码
  rectify import 台账.xlsx --map columns.yaml  表头写法特殊时指明各列，例如 {"反馈意见": "问题", "备注": null}

rectify export 写出的工作簿导入后还原为同一份台账。手工制作的表格导入后，报告和巡察信息中是
“【待填写】”占位值，警告和 YAML 开头会列出这些键。任何一行无法读取时不写出任何文件。
`,
  },
  'help.schema.examples': {
    message: () => `
示例：
  rectify schema > ledger.schema.json    更新编辑器读取的副本（见 rectify init）
  rectify schema | jq '.properties | keys'

逐字节输出本版本 rectify 的台账格式 JSON Schema。装有 YAML 语言服务的编辑器通过台账第一行
# yaml-language-server: $schema=./ledger.schema.json 用它补全键名，并显示每个键的中文说明。
`,
  },
  'help.templates.examples': {
    message: () => `
示例：
  rectify templates list
  rectify templates export default my-templates      然后修改，并用 rectify build ledger.yaml --templates my-templates 构建

一套模板是 report.md.hbs、partials/*.hbs 和 layout.json（字体、字号、页边距、页码）。
`,
  },
} satisfies Catalogue;
