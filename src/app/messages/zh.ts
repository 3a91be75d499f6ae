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
const HAN = /\p{Script=Han}/u;
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
  invalidArgument: (p) => `选项 ${p.what} 的取值 ${p.value === '' ? '（空）' : p.value} 无效${p.choices ? `，可用：${p.choices}` : p.reason ? `：${INVALID[String(p.reason)] ?? p.reason}` : ''}`,
  excessArguments: (p) => `参数过多${p.expected ? `（最多 ${p.expected} 个）` : ''}`,
  conflictingOption: () => '这些选项不能同时使用',
  help: () => '请给出要运行的命令',
};
/** The report's and the inspection's facts, as `rectify diff` names them. */
const FACT: Record<string, string> = {
  'report.title': '报告标题',
  'report.unit': '发文机关',
  'report.to': '主送机关',
  'report.stage': '报告阶段',
  'inspection.by': '检查组',
  'inspection.target': '被检查单位',
  'inspection.arranged_by': '安排检查的党组织',
  'inspection.kind': '检查类型',
  'inspection.visit.from': '进驻开始日期',
  'inspection.visit.to': '进驻结束日期',
  'inspection.feedback': '反馈日期',
  'inspection.declared.aspects': '反馈写明的方面数',
  'inspection.declared.issues': '反馈写明的问题数',
  'inspection.declared.measures': '反馈写明的措施数',
};
const INVALID: Record<string, string> = { 'positive-integer': '应为正整数', 'positive-number': '应为正数', date: '日期应写作 2024-01-31（也可写 2024年1月31日、2024.1.31、2024/1/31），且须是真实存在的日期', suffix: '不能含 / 或 \\', days: '应为 0 或正整数（天数）' };

// ---- rectify check: GB/T 9704 conformance of a .docx ----
const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
/** twips as points, one decimal */
const pt = (twips: string | number | undefined): string => (typeof twips === 'number' ? String(Math.round((twips / 20) * 10) / 10) : s(twips));
const MIB = 1024 * 1024;
const ALIGN: Record<string, string> = { center: '居中', left: '左对齐', right: '右对齐', both: '两端对齐', distribute: '分散对齐', outside: '外侧', inside: '内侧', none: '无' };
const align = (a: string | number | undefined) => s(a).split('/').map((x) => ALIGN[x] ?? x).join('、');
const FOOTER: Record<string, string> = { default: '奇数页（默认）', even: '偶数页', first: '首页' };
const LINE_RULE: Record<string, string> = { exact: '固定值', auto: '多倍行距', atLeast: '最小值' };
function lineSpacing(p: Params): string {
  if (p.line === 'none') return p.lineRule === 'auto' ? '单倍行距' : '未设行距';
  const line = Number(p.line);
  return p.lineRule === 'exact' || p.lineRule === 'atLeast' ? `${LINE_RULE[s(p.lineRule)]} ${pt(line)} 磅` : `${LINE_RULE.auto} ${Math.round((line / 240) * 100) / 100} 倍`;
}
function indent(p: Params): string {
  const parts: string[] = [];
  if (typeof p.firstLineChars === 'number' && p.firstLineChars !== 0) parts.push(`首行缩进 ${p.firstLineChars / 100} 字符`);
  else if (typeof p.firstLineTwips === 'number') parts.push(`首行缩进 ${pt(p.firstLineTwips)} 磅`);
  else parts.push('无首行缩进');
  if (typeof p.leftTwips === 'number' && p.leftTwips !== 0) parts.push(`左缩进 ${pt(p.leftTwips)} 磅`);
  return parts.join('，');
}
const PAGE_NUMBER_HINT = '在页脚插入页码：Word“插入 → 页码 → 页面底端”，WPS“插入 → 页码”；页码用 4 号半角宋体阿拉伯数字，左右各放一条一字线，如“— 1 —”';
const SIDES_HINT =
  '设置“奇偶页不同”（Word“布局 → 页面设置 → 版式 → 页眉和页脚：奇偶页不同”，WPS“页面布局 → 页眉页脚选项 → 奇偶页不同”）；奇数页页脚右对齐、右缩进 1 字符，偶数页页脚左对齐、左缩进 1 字符，两处都插入页码';
const LINE_HINT =
  '段落“行距：固定值 28.95 磅”（Word、WPS 的“段落”对话框）；或“页面设置 → 文档网格 → 只指定行网格，每页 22 行”，段落用单倍行距并勾选“如果定义了文档网格，则对齐到网格”';
const A4_HINT = '纸张设为 A4（210 × 297 毫米）：Word“布局 → 纸张大小 → A4”，WPS“页面布局 → 纸张大小 → A4”；正文用纵向，只有附件表格所在的节可以横向（“纸张方向 → 横向”）';
const MARGIN_HINT = '页边距：上 37 毫米、下 35 毫米、左 28 毫米、右 26 毫米（Word“布局 → 页边距 → 自定义边距”，WPS“页面布局 → 页边距 → 自定义页边距”），版心 156 × 225 毫米';
const REOPEN = '用 Word 或 WPS 打开后“另存为 → Word 文档（*.docx）”再检查；.doc、.wps、.pdf 不能检查';
const PRINT_INSTALL = 'apt-get install libreoffice-writer-nogui poppler-utils';
/** `rectify check --verbose`: each rule's short name, and why it did not apply */
const RULE_NAME: Record<string, string> = {
  'page-a4': '纸张 A4',
  'page-margins': '页边距',
  title: '标题',
  addressee: '主送机关',
  heading1: '一级标题（一、）',
  heading2: '二级标题（（一））',
  heading3: '三级标题（1.）',
  'body-font': '正文字体字号',
  'latin-font': '数字和西文字体',
  'cjk-punctuation-font': '中文标点字体',
  'first-line-indent': '首行缩进 2 字符',
  'line-pitch': '行距（每页 22 行）',
  'page-number-field': '页码',
  'page-number-sides': '页码位置（单页居右、双页居左）',
  'page-number-size': '页码字号（4 号）',
  'signature-placement': '署名和成文日期位置',
  'date-format': '成文日期写法',
  'attachment-label': '附件标识',
  'attachment-title': '附件标题',
  'print-a4': '打印纸张 A4',
  'print-line-pitch': '打印行距',
  'print-lines-per-page': '打印每页 22 行',
  'print-chars-per-line': '打印每行 28 字',
  'print-page-numbers': '打印页码',
  'print-page-number-sides': '打印页码位置',
  masthead: '版头（发文机关标志、发文字号、签发人、红色分隔线）',
  colophon: '版记（抄送、印发机关和印发日期、分隔线）',
  'print-colophon': '打印版记位置（最后一页、偶数页、页面下端）',
};
const RULE_ABSENT: Record<string, string> = {
  addressee: '文中没有主送机关',
  heading1: '文中没有一级标题（一、）',
  heading2: '文中没有二级标题（（一））',
  heading3: '文中没有三级标题（1.）',
  'latin-font': '文中没有数字或西文字母',
  'cjk-punctuation-font': '文中没有中文引号、省略号或破折号',
  'first-line-indent': '没有正文段落（见 gbt-body-font）',
  'line-pitch': '没有正文段落（见 gbt-body-font）',
  'page-number-sides': '没有页码（见 gbt-page-number-field）',
  'page-number-size': '没有页码（见 gbt-page-number-field）',
  'signature-placement': '文中没有成文日期，不检查署名',
  'date-format': '文中没有成文日期',
  'attachment-label': '文件中没有附件',
  'attachment-title': '文件中没有附件',
  'print-lines-per-page': '没有哪一页的段落接续到下一页，看不出满页的行数（篇幅短）',
  'print-chars-per-line': '没有只含汉字和中文标点的满行',
  'print-page-number-sides': '打印页上没有页码（见 gbt-print-page-numbers）',
  masthead: '文件没有版头（发文字号）',
  colophon: '文件没有版记（印发机关和印发日期）',
  'print-colophon': '打印页上没有版记',
};

/** The corrected line, as the hint gives it: `改为：…`, with the indentation when that is the fix. */
const fix = (p: Params): string =>
  p.indent !== undefined && Number(p.indent) >= 0
    ? `改为（${Number(p.indent) === 0 ? '顶格写' : `行首 ${p.indent} 个空格`}${p.sibling ? `，与 ${p.sibling} 对齐` : ''}）：${p.fixed}`
    : `改为：${p.fixed}`;
/** A block moved whole: the lines to shift back, and by how much. */
const shift = (p: Params): string =>
  `把第 ${p.from} 至 ${p.to} 行整体${Number(p.shift) > 0 ? '右' : '左'}移 ${Math.abs(Number(p.shift))} 个空格（每行行首${Number(p.shift) > 0 ? '加' : '删去'} ${Math.abs(Number(p.shift))} 个空格）`;
const under = (parent: string | number | undefined) => (parent ? String(parent) : '台账顶层');
const SPACE_NAME = (p: Params) => (p.char === 'U+00A0' ? '不间断空格（U+00A0，常见于从网页或 Word 复制的文字）' : '全角空格（中文输入法下的空格）');
const START: Record<string, string> = {
  '*': '别名（引用 & 定义的内容）',
  '&': '锚点',
  '!': '标签',
  '%': '指令',
  '@': '保留符号',
  '`': '保留符号',
  '|': '多行文字的开头标记',
  '>': '多行文字的开头标记',
  '{{': '花括号对象（占位符 {{…}} 写在开头时）',
  '{': '花括号对象',
  '[': '方括号列表',
  '"': '引号（引号后面不能再有文字）',
  "'": '引号（引号后面不能再有文字）',
  ',': '流式列表的分隔符',
  '?': '复杂键的标记',
  '-': '列表项',
  ']': '方括号列表的结束',
  '}': '花括号对象的结束',
};
const ITEM: Record<string, string> = { measures: '每条整改措施', points: '每个要点', overview: '每段概述', aspects: '每个方面', issues: '每个问题', redact: '每个遮蔽项' };
/** What a --map file's line got wrong, by the mistake's code (the ledger's own messages say more). */
const MAP_MISTAKE: Record<string, string> = {
  'fullwidth-colon': '用了中文冒号“：”',
  'alias-limit': '别名（*）展开超过 --max-aliases 上限',
  'colon-without-space': '冒号后面缺少空格',
  'fullwidth-space': '用了全角空格',
  'tab-indent': '用了 Tab 缩进',
  'bad-indent': '缩进不对',
  'value-start': '值以特殊符号开头，要加英文引号',
  'unclosed-quote': '引号没有闭合',
  'unclosed-bracket': '括号没有闭合',
  'unquoted-colon': '文字中的“: ”要加英文引号',
};
/** yaml-syntax by kind: what is wrong, and what to do. */
const SYNTAX: Record<string, [string, string]> = {
  'unclosed-quote': ['引号没有闭合', '在文字末尾补上对应的英文引号'],
  'no-colon': ['这一行既不是“键: 值”，也不是以“- ”开头的一项', '键后面要有英文冒号和空格；若是上一行文字的延续，它要比上一行的键缩进得更深；若这是备注，在行首加 # 写成注释'],
  'no-dash': ['列表中的这一项缺少开头的“- ”，或缩进与上下行不一致', '与同一列表的其他项对齐，并以“- ”开头'],
  'flow-comma': ['方括号或花括号中的各项之间缺少英文逗号', '各项之间用英文逗号加空格分开，例如 [office, fzk]'],
  'flow-colon': ['花括号中键的冒号后面缺少空格', '写成 { from: 2023-05-02, to: 2023-05-04 } 的形式'],
  'property-space': ['& 或 ! 后面的名称和值之间缺少空格', '若这是文字，给整段文字加上英文引号'],
  'comment-space': ['# 注释前面缺少空格', '在 # 前加一个空格；若 # 是文字的一部分，给整段文字加上英文引号'],
  directives: ['文件开头的 % 指令后面缺少 --- 行', '删除 % 开头的行'],
  unclosed: ['方括号或花括号没有闭合', '检查 [ 与 ]、{ 与 } 是否成对，并用英文括号'],
  indent: ['缩进不一致', '同一层的键要用同样多的空格缩进，下一层比上一层多缩进 2 个空格'],
  'multiline-key': ['键和冒号必须写在同一行', '检查这一行的键后面是否是英文冒号加空格'],
  'nested-key': ['一行中出现了两个“键: 值”', '若值是文字，给整段文字加上英文引号；若是下一层的键，换到下一行并多缩进 2 个空格'],
  'unexpected-bracket': ['多出了右括号 ] 或 }', '删除多余的括号，或补上对应的左括号'],
  unexpected: ['这里的内容无法识别', '检查这一行的缩进、冒号和引号'],
  escape: ['双引号中的反斜杠 \\ 后面不是有效的转义', '把 \\ 写成 \\\\，或改用单引号'],
  'multiple-documents': ['一个文件中只能有一份台账（出现了第二个 --- 分隔行）', '删除这一行（---）；若确是两份台账，把它们分存为两个文件'],
  'block-in-flow': ['方括号或花括号中不能换行写“键: 值”或“- ”列表', '在括号内用逗号分开各项，或改用缩进的写法'],
  anchor: ['锚点（&）或别名（*）的写法有误', '若这是文字，给整段文字加上英文引号'],
  'long-key': ['键太长（超过 1024 个字符）', '键用英文短名，例如 title'],
  directive: ['无法识别的 % 指令', '删除 % 开头的行'],
  'scalar-start': ['值以特殊符号开头', '给整段文字加上英文引号'],
  other: ['YAML 格式不正确', '检查这一行的缩进、英文冒号后的空格，以及括号、引号是否成对'],
};

export const zh = {
  // ---- reading the ledger (core/load) ----
  'yaml-syntax': { message: (p) => `YAML 写法有误：${(SYNTAX[String(p.kind)] ?? SYNTAX.other!)[0]}`, hint: (p) => (SYNTAX[String(p.kind)] ?? SYNTAX.other!)[1] + (p.fixed ? `；${fix(p)}` : '') },
  'duplicate-key': { message: (p) => `键 ${p.key} 重复`, hint: () => '同一对象中每个键只能出现一次；删除或合并重复的键' },
  'explicit-tag': { message: (p) => `不允许使用 YAML 标签 ${p.tag}`, hint: () => '删除标签；需要文字时给值加引号' },
  'merge-key': { message: () => '不允许使用合并键 <<', hint: () => '把要合并的键逐个写出' },
  'yaml-version': { message: (p) => `不支持 %YAML ${p.version} 指令`, hint: () => '删除该指令（台账按 YAML 1.2 读取）' },
  'cyclic-alias': { message: (p) => `别名 *${p.anchor} 指向包含它自身的节点`, hint: () => '循环引用无法展开；把内容直接写出' },
  'alias-limit': { message: (p) => `别名 *${p.anchor} 展开后的节点超过 ${p.max} 个`, hint: () => '减少别名嵌套；确有需要可用 --max-aliases 放宽' },
  'too-large': { message: (p) => `文件有 ${p.size} 字节，超过 ${p.max} 字节上限`, hint: () => '台账一般小于 1 MiB；确有需要可用 --max-bytes 放宽' },
  'too-many-items': {
    message: (p) => `台账的各个列表共有 ${p.count} 项（问题、措施、人员、关键数据等各算一项），超过 ${p.max} 项的上限`,
    hint: (p) => `一份整改台账只有几百项：检查是否把多份台账或整张表格重复粘贴进来；确属这么大的台账，加 --max-items ${p.count}`,
  },
  'too-deep': { message: (p) => `嵌套层数超过 ${p.max ?? 64} 层`, hint: () => '台账的结构不会嵌套这么深；检查括号或缩进' },
  'not-utf8': { message: (p) => `文件不是有效的 UTF-8 编码（第 ${p.offset} 字节 ${p.byte}）`, hint: () => '用 UTF-8 编码另存文件（例如在编辑器中选择“UTF-8”）' },
  'not-a-mapping': { message: (p) => `台账应是键值对象，实际是${FOUND[String(p.found)] ?? p.found}`, hint: () => '台账以 rectify: 1 开头，其后是 report、inspection、aspects 等键' },
  empty: { message: () => '台账文件是空的', hint: () => '至少需要 rectify、report、inspection、aspects；参见 docs/ledger-format.md' },
  'bad-key': { message: () => '键必须是简单的文字', hint: () => '把键写成不带引号的英文名，例如 title' },
  'not-finite': { message: () => '数值必须是有限数', hint: () => '不要使用 .inf 或 .nan' },
  'fullwidth-colon': { message: (p) => `键 ${p.key} 后面是中文冒号“：”；键和值之间要用英文冒号加一个空格`, hint: (p) => fix(p) },
  'colon-without-space': { message: (p) => `键 ${p.key} 的冒号后面缺少空格`, hint: (p) => fix(p) },
  'fullwidth-space': {
    message: (p) =>
      p.where === 'indent'
        ? `行首用${SPACE_NAME(p)}缩进；YAML 只认半角空格（这一行在 ${under(p.parent)} 之下）`
        : `${p.where === 'after-dash' ? '“-”' : `键 ${p.key} 的冒号`}后面是${SPACE_NAME(p)}；要用半角空格`,
    hint: (p) => fix(p),
  },
  'tab-indent': {
    message: (p) => `行首用 Tab 缩进${p.indent === -1 ? '' : `（这一行在 ${under(p.parent)} 之下）`}；YAML 只认空格`,
    hint: (p) => (p.indent === -1 ? '把行首的 Tab 换成空格，与同一层的键对齐' : fix(p)),
  },
  'bad-indent': {
    message: (p) =>
      `${p.direction === 'deep' ? '缩进过深' : p.direction === 'shallow' ? '缩进过浅' : '缩进不对'}：${
        p.item ? `这一项属于 ${under(p.parent)} 列表，“-”应与同一列表的其他项对齐` : `${p.key ? `${p.key} ` : '这一行'}属于 ${under(p.parent)}${p.sibling ? `，应与 ${p.sibling} 对齐` : ''}`
      }`,
    hint: (p) => (p.to ? shift(p) : fix(p)),
  },
  'dash-without-space': { message: () => '列表项的“-”后面缺少空格', hint: (p) => fix(p) },
  'value-start': {
    message: (p) => `${p.key ? `${p.key} 的值` : '这一项'}以 ${p.char} 开头，YAML 把 ${p.char} 当作${START[String(p.char)] ?? '特殊符号'}，而不是文字`,
    hint: (p) => `给整段文字加上英文引号，${fix(p)}`,
  },
  'unclosed-quote': { message: (p) => `${p.key ? `${p.key} 的值` : '这一项'}以引号 ${p.quote} 开头，但没有结束的引号`, hint: (p) => `在文字末尾补上 ${p.quote}，${fix(p)}` },
  'comment-in-text': {
    message: (p) => `空格后的 # 开始一段注释：${p.key ? `${p.key} 的值` : '这段文字'}到 # 前就结束了，“${p.cut}”不会出现在报告中`,
    hint: (p) => `若 # 是文字的一部分，给整段文字加上英文引号，改为：${p.fixed}`,
  },
  'unquoted-colon': {
    message: (p) => `${p.key ? `${p.key} 的值` : '这段文字'}中有英文冒号“:”，后面是空格或行尾，YAML 把它当作又一个键`,
    hint: (p) => `给整段文字加上英文引号，${fix(p)}`,
  },
  'unclosed-bracket': { message: (p) => `${p.key ? `${p.key} 的值` : '这一项'}以 ${p.bracket} 开头，但括号没有闭合`, hint: (p) => `补上右括号，${fix(p)}` },
  'item-without-key': {
    message: (p) => `${ITEM[String(p.list)] ?? `${p.list} 的每一项`}要写成“- ${p.key}: …”，这一项只写了文字${p.under ? '，下面却又有其他键' : ''}`,
    hint: (p) => fix(p),
  },

  // ---- checking the ledger (core/validate) ----
  'unknown-key': { message: (p) => `未知的键 ${p.key}`, hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : '') + `可用的键：${p.allowed}` },
  'missing-key': {
    message: (p) => `缺少必填的键 ${p.key}`,
    hint: (p) => `在此对象中添加 ${p.key}: …` + (p.reason === 'several-issues' ? '（该方面有多个问题，每个问题都要写问题表述）' : p.description ? `（${p.description}）` : ''),
  },
  type: { message: (p) => `类型错误：应为${types(p.expected)}，实际是${types(p.found)}`, hint: (p) => `改为${types(p.expected)}` },
  'bad-enum': { message: (p) => `取值 ${p.value} 无效`, hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : '') + `可用的取值：${p.allowed}` },
  'bad-value': {
    message: (p) =>
      `取值不符合要求：${p.rule === 'empty' ? '不能为空' : p.rule === 'min-items' ? `至少需要 ${p.limit} 项` : p.rule === 'minimum' ? `不能小于 ${p.limit}` : `不符合规则 ${p.rule}`}`,
    hint: (p) => (p.rule === 'empty' ? '填写内容，或删除这个键' : p.rule === 'min-items' ? '添加至少一项' : p.rule === 'minimum' ? '改为 0 或正整数' : ''),
  },
  'bad-date': {
    message: (p) => `日期 ${q(p.value)} 无效` + (p.days ? `：${p.year}年${p.month}月只有 ${p.days} 天` : ''),
    hint: (p) =>
      p.where === 'sheet'
        ? '日期写作 2023-12-31、2023/12/31、2023年12月31日，或用 Excel 日期；须是真实存在的日期'
        : p.fixed
          ? `改为：${p.fixed}`
          : '日期写作 2023-12-01（也可写 2023年12月1日、2023.12.1、2023/12/1），且须是真实存在的日期',
  },
  'range-as-text': {
    message: (p) => `${p.key} 应写成起止两个日期 { from: 开始日期, to: 结束日期 }，这里写成了一段文字 ${q(p.value)}`,
    hint: (p) => `改为：${p.fixed}`,
  },
  'list-as-text': {
    message: (p) => `${p.key} 是列表，要用英文方括号括起来、各项用英文逗号分开`,
    hint: (p) => `改为：${p.fixed}`,
  },
  'text-as-number': {
    message: (p) => `${p.key} 应是数字，这里写成了 ${q(p.value)}` + (p.unit ? `（数字后面的“${p.unit}”不能写在这里）` : '（数字中不用千位分隔符）'),
    hint: (p) => (p.unit && Number(p.unitKey) ? `计量单位写在同一项的 unit 中（例如 unit: ${p.unit}）；` : '') + `改为：${p.fixed}`,
  },
  'number-as-text': {
    message: (p) => `${p.key ? `${p.key} 的值` : '这个值'} ${p.value} 会被当作数字，而这里应是文字（编号）`,
    hint: (p) => `加上英文引号，改为：${p.fixed}`,
  },
  'duplicate-id': {
    message: (p) => `编号 ${p.id} 重复（已在第 ${p.firstLine} 行使用）`,
    hint: () => '台账中所有编号（问题、措施、方面、人员、单位、数据）必须唯一；改用新的编号',
  },
  'unknown-reference': {
    message: (p) =>
      p.shared
        ? `${p.register} 中有 ${String(p.shared).split(', ').length} ${p.kind === 'unit' ? '个单位' : '名人员'}都叫 ${p.id}（编号 ${String(p.shared).split(', ').join('、')}），这里指的是哪一${p.kind === 'unit' ? '个' : '位'}？`
        : `${KIND[String(p.kind)] ?? p.kind}编号 ${p.id} 不存在`,
    hint: (p) =>
      p.shared
        ? `是否应为 ${String(p.shared).split(', ').join(' 或 ')}？同名时要写编号`
        : p.closest
          ? `是否应为 ${p.closest}${p.closestName ? `（${p.closestName}）` : ''}？` + (p.known ? `已有编号：${p.known}` : '')
          : HAN.test(String(p.id)) && p.kind !== 'metric'
            ? `在 ${p.register} 中添加这${p.kind === 'unit' ? '个单位' : '名人员'}，例如 - { id: 编号, name: ${p.id} }；这里写编号或${p.kind === 'unit' ? '单位名称' : '姓名'}都可以`
            : `在 ${p.register} 中添加编号为 ${p.id} 的条目；` + (p.known ? `已有编号：${p.known}` : ''),
  },
  'list-separator': {
    message: (p) => `${p.id} 是几项写在了一起：列表中的各项要用英文逗号分开`,
    hint: (p) => `改为：${p.fixed}`,
  },
  'unknown-placeholder': {
    message: (p) => `未知的占位符 {{${p.name}}}`,
    hint: (p) => (p.closest ? `是否应为 {{${p.closest}}}？` : '') + `可用的占位符：${p.known}`,
  },
  'placeholder-without-value': {
    message: (p) => `占位符 {{${p.name}}} 没有可填的值：台账没有写 ${p.key}`,
    hint: (p) => `在台账中写明 ${p.key}，或把 {{${p.name}}} 改为文字`,
  },
  'bad-heading-pattern': {
    message: (p) => (p.rule === 'no-title' ? `标题写法“${p.value}”中没有 {{title}}，问题的表述会不出现在报告中` : `没有名为“${p.value}”的标题写法`),
    hint: (p) =>
      (p.rule === 'no-title' ? '在写法中加入 {{title}}，例如“{{no}}关于“{{title}}”问题”；' : p.closest ? `是否应为 ${p.closest}？` : '') +
      `可用的命名写法：${p.names}；或写含 {{no}}（序号）和 {{title}}（标题）的句式`,
  },
  'unused-part-heading': {
    message: (p) => `第二部分的标题“${p.value}”不会出现在报告中：headings.aspects_as_parts 为 true 时，各方面本身就是一级标题`,
    hint: () => '删除 parts.issues，或把 headings.aspects_as_parts 改为 false',
  },
  'final-with-open-issues': {
    message: (p) => `报告阶段为整改完成（final），但有 ${p.count} 个问题尚未整改完成：${p.ids}`,
    hint: () => '更新这些问题的状态；若整改尚未全部完成，把 stage 改为 progress（整改进展）',
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
    hint: (p) =>
      p.where === 'sheet' && p.rule === 'done'
        ? p.reportCell
          ? `本轮报告的日期不早于 ${p.date} 时，把 ${p.reportCell} 的报告日期改为本轮报告的日期，或导入时加 --date YYYY-MM-DD；否则改正此完成日期`
          : `本轮报告的日期不早于 ${p.date} 时，导入时加 --date YYYY-MM-DD 给出本轮报告的日期；否则改正此完成日期`
        : '应满足：进驻开始 ≤ 进驻结束 ≤ 反馈日期 ≤ 报告日期，完成日期不晚于报告日期',
  },
  'done-with-open-measures': {
    message: (p) => `问题标为已整改完成，但措施 ${p.measure} 的状态是“${status(p.status)}”`,
    hint: (p) =>
      p.where === 'sheet'
        ? `把此格改为 正在整改（或清空，由各项措施推定）${p.measureCell ? `，或把 ${p.measureCell} 改为 已整改完成` : ''}`
        : '把措施改为 done（已整改完成），或把问题改为 in-progress（正在整改）',
  },
  'no-responsible': {
    message: (p) => `问题 ${p.issue} 没有责任领导、责任单位或责任人；报告中会出现“明确0名责任领导”这样的说法`,
    hint: (p) =>
      '给这个问题写上 leader（责任领导）、units（责任单位）或 owners（责任人），' +
      (p.people ? `例如在 id 下面加一行 leader: ${String(p.people).split(', ')[0]}（people 中的人员：${String(p.people).split(', ').join('、')}）` : '例如 leader: 人员编号或姓名（先在 people 中列出此人）'),
  },
  'typed-count': {
    message: (p) => `这里手写了 ${p.typed}（${p.phrase}），台账实际是 ${p.counted}；数字会随台账变化，应由占位符 {{${p.name}}} 填写`,
    hint: (p) => (p.first ? '这段文字以占位符开头时，要给整段文字加上英文引号；' : '') + `把“${p.phrase}”改为“${p.fixed}”`,
  },
  unfilled: {
    message: (p) => `这里还是待填写的占位文字“${p.marker}”；留着它不能生成报告`,
    hint: () => '把占位文字换成实际内容（导入或新建台账时留下的“【待填写】”都要改掉）',
  },
  'declared-mismatch': {
    message: (p) => `写明的${COUNTED[String(p.what)]}数是 ${p.declared}，台账实际列出 ${p.counted}`,
    hint: (p) => `核对台账；若台账无误，把此处改为 ${p.counted}，或在正文中用 {{${p.what}}} 代替手写的数字`,
  },
  overdue: {
    message: (p) => `${p.item === 'issue' ? '问题' : '措施'} ${p.name} 已超过整改时限 ${p.due}（${p.basis === 'as-of' ? '统计日期' : '报告日期'} ${p.asOf}），状态为“${status(p.status)}”`,
    hint: () => '更新状态和完成日期，或调整整改时限',
  },
  'xml-char': { message: (p) => `含有无法写入文档的字符 ${p.char}`, hint: () => '删除该字符（控制字符、U+FFFE、U+FFFF 或孤立的代理项）' },
  // ---- a round's summary (core/summary, rectify summary) ----
  'duplicate-unit': {
    message: (p) =>
      p.where === 'summary' ? `被巡察单位“${p.name}”在汇总台账中列出了两次（第 ${p.firstLine} 行已列出）` : `被巡察单位“${p.name}”已由 ${p.other} 填报，同一单位有两份台账`,
    hint: (p) =>
      p.where === 'summary'
        ? '每个单位只在 round.groups 的一组中列出一次；删去这一处'
        : `若是同一单位的两份台账，只留一份（例如删去旧的一轮）；若是不同单位，改正本台账的 inspection.target，使之与 ${p.other} 不同`,
  },
  'unit-not-in-round': {
    message: (p) => `被巡察单位“${p.name}”不在汇总台账 ${p.summary} 的任何一组中`,
    hint: (p) => (p.closest ? `汇总台账中有“${p.closest}”，是否写法不同？两处须一字不差；` : '') + `或把“${p.name}”加入 ${p.summary} 中 round.groups 某一组的 units`,
  },
  'unit-missing': {
    message: (p) => `汇总台账列出的被巡察单位“${p.name}”没有对应的单位台账` + (Number(p.leftOut) > 0 ? `（可能是未计入汇总的 ${p.leftOut} 份有误台账之一）` : ''),
    hint: (p) => `在命令行中给出该单位的台账（其 inspection.target 应为“${p.name}”）` + (p.closest ? `；有一份台账的单位名称是“${p.closest}”，是否写法不同？` : '；或从汇总台账中删去这一项'),
  },
  'metric-unit-conflict': {
    message: (p) => `数据 ${p.id} 的计量单位是“${p.unit || '（未写）'}”，与 ${p.other} 中的“${p.expected || '（未写）'}”不一致`,
    hint: (p) => `各单位台账中编号相同的数据要相加，计量单位须一致：把这里的 unit 改为“${p.expected || '（删去 unit）'}”并换算数值，或给这项数据另取编号`,
  },
  'unknown-metric': {
    message: (p) => `各单位台账中都没有编号为 ${p.id} 的数据`,
    hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : '') + (p.known ? `各单位台账中的数据编号：${p.known}` : '各单位台账中还没有任何数据（metrics）'),
  },
  'summary-ledger': {
    message: () => '这是汇总台账（有 round 键），不是单位的整改台账',
    hint: (p) => `汇总一轮巡察用 rectify summary，汇总台账在前、各单位台账（或其目录）在后，例如：rectify summary ${p.file} units/；汇总台账不要作为单位台账给出`,
  },
  'unit-ledger': {
    message: () => '这是单位的整改台账（有 aspects 键），不是汇总台账',
    hint: (p) => `rectify summary 的第一个参数是汇总台账（如 summary.yaml，有 round 键），其后才是各单位台账，例如：rectify summary summary.yaml ${p.file}；生成这一份台账的报告用 rectify build ${p.file}`,
  },
  'unit-left-out': {
    message: (p) => `这份单位台账有 ${p.errors} 个错误，未计入汇总（--allow-invalid）`,
    hint: () => '改正上面列出的错误后，重新运行 rectify summary',
  },

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
  'sheet-out-of-date': {
    message: (p) => `${p.ledger} 在导出 ${p.sheet} 之后改动过（${p.items}），这些改动表格中没有；导入会把它们改回去，未作改动`,
    hint: (p) => `先用 rectify export ${p.ledger} 重新导出表格，把表格中的修改重做一遍再导入；确定以表格为准时加 --force`,
  },
  'sheet-of-other-ledger': {
    message: (p) => `${p.sheet} 是从“${p.sheetTarget}”的台账导出的，而 ${p.ledger} 是“${p.ledgerTarget}”的台账；未作改动`,
    hint: (p) => `检查文件名：导入到 ${p.ledger} 的应是 rectify export ${p.ledger} 导出的表格；确定要用这份表格的内容取代 ${p.ledger} 时加 --force`,
  },
  'missing-metric-id': { message: () => '这一行关键数据没有数据编号', hint: () => '填写数据编号（字母、数字或连字符，例如 trained），正文中用 {{metrics.编号}} 引用；不要的数据整行删除' },
  'placeholder-replaced': {
    message: (p) => `这条措施改动后，原来的 ${p.placeholders} 成了固定的文字`,
    hint: (p) => `要让数字随台账更新，把单元格中相应的数字改回 ${p.placeholders}；否则可忽略此提示`,
  },
  'cell-too-long': { message: (p) => `这段文字有 ${p.length} 个字符，超过电子表格一个单元格能容纳的 ${p.max} 个字符，未导出`, hint: () => '把它分成几段（例如几条措施），或只在台账 YAML 中保留全文、导出前缩短' },
  'skipped-row': { message: () => '这一行是跨整行合并的单元格，按表注处理，未导入', hint: () => '如果它是一条整改措施，取消合并并分列填写' },
  'unterminated-quote': { message: () => 'CSV 中的引号没有闭合', hint: () => '检查该行附近的英文双引号 " 是否成对' },
  'unreadable-file': {
    message: () => '无法读取这个电子表格：它不是有效的 .xlsx 或 .csv 文件（文件可能已损坏，或是改了扩展名的其他文件）',
    hint: () => '在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）后再导入；支持 .xlsx 和 .csv（UTF-8、UTF-16 或 GB18030）文件',
  },
  'yaml-not-sheet': {
    message: (p) => `这是 YAML ${p.kind === 'summary' ? '汇总台账' : '台账'}，不是电子表格`,
    hint: (p) => `rectify import 读取的是电子表格（.xlsx 或 .csv）；检查这份台账用 rectify validate ${p.file}` + (p.kind === 'summary' ? '' : `，导出成表格用 rectify export ${p.file}`),
  },
  'unsupported-format': { message: () => '不支持旧版 .xls 格式', hint: () => '在 Excel 或 WPS 中“另存为” .xlsx 后再导入' },
  'sheet-too-large': {
    message: (p) =>
      p.reason === 'bounds'
        ? '单元格位置超出 Excel 的范围（1048576 行、16384 列）'
        : p.reason === 'merge'
          ? `合并单元格过大：读取它要展开超过 ${p.limit} 个单元格`
          : p.reason === 'csv'
            ? `CSV 文件过大：读到这里已超过 ${p.limit} 个单元格（或一行超过 16384 列）`
            : p.reason === 'rows'
              ? `整改台账表格过大：表头下超过 ${p.limit} 行，这是第 ${p.limit} 行之后的一行`
              : `工作表过大：读到这里已超过 ${p.limit} 个单元格`,
    hint: (p) =>
      p.reason === 'bounds' || p.maxBytes === undefined
        ? '删除远处多余的内容或合并（在 Excel 中按 Ctrl+End 可定位到最后一个单元格），或把整改台账复制到新工作表后再导入'
        : `删除远处多余的内容或合并（在 Excel 中按 Ctrl+End 可定位到最后一个单元格），或把整改台账复制到新工作表后再导入；表格确实这么大时，加 --max-bytes ${p.maxBytes}（可读的单元格数随之变为四倍）`,
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
        ? `--map 文件不是有效的 YAML/JSON：${p.mistake === 'yaml-syntax' ? (SYNTAX[String(p.kind)] ?? SYNTAX.other!)[0] : (MAP_MISTAKE[String(p.mistake)] ?? 'YAML 写法有误')}`
        : p.rule === 'not-a-mapping'
          ? '--map 文件应为“表头: 字段”的映射，例如 {"反馈意见": "问题"}'
          : `--map 中表头“${p.header}”对应的字段“${p.value}”无效`,
    hint: (p) => (p.rule === 'syntax' && p.fixed ? `${fix(p)}；` : '') + `字段可写英文（${String(p.fields).split(', ').join('、')}）、中文表头名（如 整改措施），或写 null 忽略该列`,
  },

  // ---- templates and layout (core/render, core/docx) ----
  'unknown-template-set': { message: (p) => `没有名为“${p.name}”的内置模板集`, hint: (p) => `内置模板集：${String(p.known).split(', ').join('、')}；或用 --templates DIR 指定自己的模板目录` },
  'template-dir-missing': { message: () => '模板目录不存在，或不是目录', hint: () => '检查 --templates 的路径；可用 rectify templates export default DIR 生成一个模板目录' },
  'template-missing': { message: () => '模板文件不存在', hint: (p) => `模板目录须含 ${p.main ?? 'report.md.hbs'} 和 partials/*.hbs；可用 rectify templates export ${p.set ?? 'default'} DIR 生成` },
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
  'template-kind-mismatch': {
    message: (p) => `模板 ${p.set} 是为${p.kinds}报告写的，台账的检查类型却是“${p.kind}”：报告会混用两种措辞`,
    hint: (p) => `${p.kind}台账用默认模板（去掉 --template），或确认 inspection.kind 是否应为 ${p.kinds}`,
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
  'report-too-long': {
    message: (p) => `报告将有 ${p.paragraphs} 个段落（表格每格算一段），超过 ${p.limit} 段的上限（约 700 页）`,
    hint: (p) => `一份整改报告不会这么长：检查台账是否重复导入；确需生成，请加 --max-paragraphs ${p.paragraphs}`,
  },
  'unmapped-markdown': {
    message: (p) => p.construct === 'unknown-fence' ? `未知的 ::: ${p.fence} 块` : `.docx 生成器无法排版此处的${p.fence ? ` ::: ${p.fence} 中的` : ''}${CONSTRUCT[String(p.construct)] ?? p.construct}${p.sample ? `：${p.sample}` : ''}`,
    hint: (p) => p.construct === 'unknown-fence' ? `可用的块：${String(p.known).split(', ').join('、')}` : '只使用 docs/report-markdown.md 所列写法（# 至 ##### 标题、段落、**加粗**、::: 块、附件中的表格）；字面字符用 \\ 转义',
  },
  'bad-fenced-block': {
    message: (p) =>
      ({
        to: `::: to 应只含一段，实际 ${p.found} 段`,
        subtitle: `::: subtitle 应只含一段，实际 ${p.found} 段`,
        speaker: `::: speaker 应只含一段，实际 ${p.found} 段`,
        'attachment-note': '::: attachment-note 为空',
        signature: `::: signature 应含发文机关与成文日期两段，实际 ${p.found} 段`,
        'attachment-label': '::: attachment 须以附件标识段（附件 或 附件1）开头',
        masthead: `::: masthead 应含发文机关标志，其后至多一段发文字号和一段“签发人：姓名”，实际 ${p.found} 段`,
        colophon: `::: colophon 应含可选的“抄送：……。”一段、印发机关一段和以“印发”结尾的印发日期一段，实际 ${p.found} 段`,
        nested: `::: ${p.fence} 写在 ::: ${p.outer}（第 ${p.outerLine} 行）之内；::: 块不能嵌套`,
        'stray-close': '":::" 前没有打开的块',
        unclosed: `::: ${p.fence} 没有结束行`,
      })[String(p.rule)] ?? `::: 块的写法有误（${p.rule}）`,
    hint: (p) => (p.rule === 'nested' ? '先用单独一行 ":::" 结束前一个块' : p.rule === 'unclosed' ? '用单独一行 ":::" 结束' : '写法见 docs/report-markdown.md'),
  },
  'duplicate-title': { message: () => '正文中出现第二个 # 标题', hint: () => '正文只有一个标题；附件标题写在 ::: attachment 内' },

  // ---- files and outputs (host, app) ----
  'not-found': { message: () => '找不到这个文件', hint: (p) => (p.input === 'docx' ? '检查文件名和所在目录' : '检查文件名和所在目录；台账可用 - 从标准输入读取') },
  'is-directory': {
    message: () => '这是目录，不是文件',
    hint: (p) =>
      p.input === 'docx'
        ? '给出目录中的 .docx 文件'
        : p.input === 'summary'
          ? `rectify summary 的第一个参数是汇总台账文件，其后才是各单位台账或其目录，例如：rectify summary ${p.example}`
          : '给出目录中的文件，例如 ledger.yaml',
  },
  'read-failed': { message: (p) => `无法读取：${reason(p.reason)}`, hint: (p) => (p.reason === 'not-a-file' ? '给出一个普通文件；要从管道读取台账，用 - 读标准输入' : '检查文件权限') },
  'init-not-a-folder': { message: (p) => `init 要的是一个目录，台账会写成其中的 ledger.yaml；${p.dir} 是文件名`, hint: (p) => `在 ${p.parent} 中生成 ledger.yaml：rectify init ${p.parent}；或给出一个新目录名，例如 rectify init ${p.folder}` },
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
  'pdf-failed': { message: (p) => `LibreOffice 无法把 .docx 转为 PDF（退出码 ${p.exit}）${p.detail ? `：${p.detail}` : ''}`, hint: (p) => (p.check ? '用 LibreOffice 打开该文件查看原因；或用 --print never 跳过打印检查' : '用 LibreOffice 打开生成的 .docx，看它拒绝了什么') },
  'font-substituted': {
    message: (p) => `本机没有以下公文字体，PDF 用同类免费字体代替：${String(p.substitutions ?? '').split('\n').map((l) => l.split('\t').join(' → ')).join('；')}`,
    hint: () => '.docx 不受影响，在装有这些字体的电脑上按原字体显示；要让 PDF 也用原字体，安装它们后重新生成（Debian 的免费替代字体：apt-get install fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming）',
  },
  'bad-source-date-epoch': { message: (p) => `环境变量 SOURCE_DATE_EPOCH 的值 ${q(p.value)} 无效`, hint: () => '写 1970 年以来的整秒数，例如 SOURCE_DATE_EPOCH=1701388800；或删除该变量，日期即取报告日期' },
  'stream-failed': { message: (p) => `无法写入${p.stream === 'stdout' ? '标准输出' : '标准错误'}：${reason(p.reason)}`, hint: () => '检查输出重定向的目标（磁盘是否已满）' },
  'internal-error': { message: (p) => `内部错误：${p.detail}`, hint: (p) => (p.batch ? '单独构建该台账，看错误是否重现；' : '') + '请把命令和台账报告给维护者（设置 RECTIFY_DEBUG=1 可看到详细信息）' },

  // ---- rectify check: a .docx that cannot be read or printed (host) ----
  'docx-too-large': { message: (p) => `文件有 ${s(p.size)} 字节，超过 ${s(p.max)} 字节上限`, hint: () => '公文一般远小于 50 MiB；确需检查可用 --max-bytes 放宽' },
  'not-regular': { message: () => '这不是普通文件', hint: () => 'rectify check 只读普通文件（不读管道或设备）；先存成 .docx 文件' },
  'not-zip': { message: () => '这不是 .docx 文件（不是 zip 压缩包）', hint: () => REOPEN },
  'corrupt-zip': { message: (p) => `文件已损坏，无法解压（${s(p.where)}）`, hint: () => '文件可能没有下载或复制完整：重新获取，或用 Word/WPS 打开修复后另存为 .docx' },
  'entry-too-large': {
    // the same refusal for a workbook being imported (input: sheet) and a .docx being checked
    message: (p) =>
      p.input === 'sheet'
        ? `电子表格中的部件 ${p.entry} 解压后超过 ${p.max} 字节上限，未读取`
        : p.xml
          ? `其中的 XML 部件解压后合计超过 ${Math.round(Number(p.max) / MIB)} MiB（约 1000 页的公文），到 ${s(p.entry)} 为止，拒绝读取`
          : `其中的 ${s(p.entry)} 解压后超过 ${Math.round(Number(p.max) / MIB)} MiB，拒绝读取`,
    hint: (p) =>
      p.input === 'sheet'
        ? '文件可能已损坏或是恶意构造的压缩包；确属正常的大表格时可用 --max-bytes 放宽（每个部件的上限是它的 10 倍）'
        : p.xml
          ? '文件可能是恶意构造的压缩包；确属这么长的公文，请拆成几个文件分别检查'
          : '正常的公文不会这么大；如确需检查，用 Word/WPS 另存一份再试',
  },
  encrypted: { message: () => '文件已加密，无法读取', hint: () => '先在 Word/WPS 中取消密码保护（“文件 → 信息 → 保护文档”）再检查' },
  'unsupported-compression': { message: (p) => `其中的 ${s(p.entry)} 使用了不支持的压缩方式（${s(p.method)}）`, hint: () => REOPEN },
  'no-document': { message: () => '文件中没有 word/document.xml，不是 Word 文档', hint: () => REOPEN },
  'bad-xml': { message: (p) => `其中的 ${s(p.part)} 不是合法的 XML（第 ${s(p.line)} 行第 ${s(p.column)} 列：${s(p.detail)}）`, hint: () => '文件已损坏：用 Word/WPS 打开修复后另存为 .docx' },
  'print-tools-missing': { message: (p) => `无法检查打印效果：找不到 ${s(p.missing)}`, hint: () => `安装 LibreOffice 和 poppler：${PRINT_INSTALL}；或用 --print never 只检查文档设置` },
  'pdftotext-failed': { message: (p) => `pdftotext 无法读取打印出的 PDF（退出码 ${s(p.exit)}）${p.detail ? `：${s(p.detail)}` : ''}`, hint: () => `检查 poppler 是否完整安装（${PRINT_INSTALL}）；或用 --print never 跳过打印检查` },
  'print-timeout': { message: (p) => `${s(p.tool)} 运行超过 ${s(p.seconds)} 秒，已终止`, hint: () => '文件很大时可用 --print-timeout 放宽，或用 --print never 跳过打印检查' },

  // ---- rectify check: the GB/T 9704 rules (core/check); a failed rule is exit 1 ----
  'gbt-page-a4': {
    message: (p) =>
      p.orientation === 'missing'
        ? `第 ${s(p.section)} 节没有设置纸张大小`
        : p.section === 1 && p.orientation === 'landscape'
          ? `正文所在的第 1 节为横向（${s(p.widthMm)} × ${s(p.heightMm)} 毫米），应为纵向 A4`
          : `第 ${s(p.section)} 节纸张为 ${s(p.widthMm)} × ${s(p.heightMm)} 毫米，不是 A4（210 × 297 毫米）`,
    hint: () => A4_HINT,
  },
  'gbt-page-margins': {
    message: (p) => `第 ${s(p.section)} 节页边距为上 ${s(p.topMm)}、下 ${s(p.bottomMm)}、左 ${s(p.leftMm)}、右 ${s(p.rightMm)} 毫米，应为上 37、下 35、左 28、右 26 毫米（允许 ±1 毫米）`,
    hint: () => MARGIN_HINT,
  },
  'gbt-title': {
    message: (p) => (p.text === '' ? '找不到标题' : `标题应为 2 号（22 磅）小标宋体、居中；“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}，${align(p.align)}`),
    hint: () => '选中标题，中文字体设为“方正小标宋简体”、字号“二号”，段落“居中”；标题较长时分行排成梯形或菱形（GB/T 9704 7.3.1）',
  },
  'gbt-addressee': {
    message: (p) => {
      const issues: string[] = [];
      if (p.ending !== '：') issues.push(`以“${s(p.ending)}”结尾，应以全角冒号“：”结尾`);
      if (p.firstLineTwips !== 0 || p.leftTwips !== 0) issues.push(`有缩进（首行 ${pt(p.firstLineTwips)} 磅，左 ${pt(p.leftTwips)} 磅），应顶格`);
      if (!['left', 'both', 'distribute'].includes(s(p.align))) issues.push(`${align(p.align)}，应顶格左起`);
      return `主送机关“${s(p.text)}”${issues.join('；')}`;
    },
    hint: () => '主送机关排在标题下空一行、顶格：段落“特殊格式：无”，左侧缩进 0；末尾用全角冒号“：”（GB/T 9704 7.3.2）',
  },
  'gbt-heading1': {
    message: (p) => `一级标题（“一、”）应为 3 号（16 磅）黑体；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '把一级标题的中文字体设为“黑体”、字号“三号”（改标题样式：Word“开始 → 样式 → 右键 → 修改”，WPS“开始 → 样式 → 修改样式”）；加粗与否不限',
  },
  'gbt-heading2': {
    message: (p) => `二级标题（“（一）”）应为 3 号（16 磅）楷体；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '把二级标题的中文字体设为“楷体_GB2312”（或“楷体”）、字号“三号”；标题后接正文时，正文部分仍用仿宋',
  },
  'gbt-heading3': {
    message: (p) => `三级标题（“1.”）应为 3 号（16 磅）仿宋；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '把三级标题的中文字体设为“仿宋_GB2312”（或“仿宋”）、字号“三号”',
  },
  'gbt-body-font': {
    message: (p) =>
      p.paragraphs === 0
        ? '找不到正文段落（标题、署名之外不居中、不右对齐的文字）'
        : `正文应为 3 号（16 磅）仿宋；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为 ${s(p.sizePt)} 磅 ${s(p.font)}`,
    hint: () => '正文样式的中文字体设为“仿宋_GB2312”（或“仿宋”）、字号“三号”：Word“开始 → 样式 → 正文 → 修改”，WPS“开始 → 样式 → 正文 → 修改样式”；再用“清除格式”去掉个别文字上手动设的字体',
  },
  'gbt-latin-font': {
    message: (p) => `数字和西文字母通常用 Times New Roman；${s(p.off)}/${s(p.runs)} 处不是，如“${s(p.text)}”的西文字体为 ${s(p.font)}`,
    hint: () => '选中文字，在“字体”对话框把“西文字体”设为 Times New Roman（中文字体不变）；这是通行做法，GB/T 9704 本身未作规定',
  },
  'gbt-cjk-punctuation-font': {
    message: (p) => `${s(p.off)}/${s(p.runs)} 处中文引号、省略号或破折号会按西文字体 ${s(p.hAnsi)} 显示成半角，如“${s(p.text)}”`,
    hint: () => 'Word 按“西文字体”排“”‘’…—：选中这些标点，在“字体”对话框把“西文字体”选为“（使用中文字体）”，或整段的西文字体只在数字、字母上设 Times New Roman',
  },
  'gbt-first-line-indent': {
    message: (p) => `正文和标题段落应首行缩进 2 字符、回行顶格；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”（${indent(p)}）`,
    hint: () => '段落“缩进 → 特殊格式：首行缩进，度量值：2 字符”，左侧、右侧缩进 0（Word、WPS 的“段落”对话框）；不要用空格缩进',
  },
  'gbt-line-pitch': {
    message: (p) =>
      `行距应使每页排 22 行（固定值约 28.95 磅，或每页 22 行的文档网格）；${s(p.off)}/${s(p.paragraphs)} 段不符，如“${s(p.text)}”为${lineSpacing(p)}${p.linesPerPage ? `，每页 ${s(p.linesPerPage)} 行` : ''}`,
    hint: () => LINE_HINT,
  },
  'gbt-page-number-field': {
    message: (p) => {
      switch (p.problem) {
        case 'missing':
          return `第 ${s(p.section)} 节没有${FOOTER[s(p.footer)] ?? ''}页脚，缺少页码`;
        case 'no-field':
          return `第 ${s(p.section)} 节的${FOOTER[s(p.footer)] ?? ''}页脚没有页码域（PAGE）${p.text ? `：“${s(p.text)}”` : ''}`;
        case 'no-dashes':
          return `页码两侧应各有一条一字线（“— 1 —”），第 ${s(p.section)} 节${FOOTER[s(p.footer)] ?? ''}页脚为“${s(p.text)}”（N 为页码）`;
        case 'restart':
          return `第 ${s(p.section)} 节的页码从 ${s(p.text)} 重新开始，页码应连续编排（附件也接续正文）`;
        default:
          return '页码不符合 GB/T 9704 7.5';
      }
    },
    hint: (p) => (p.problem === 'restart' ? '页码格式选“续前节”：Word“插入 → 页码 → 设置页码格式 → 页码编号：续前节”，WPS“插入 → 页码 → 页码设置 → 续前节”' : PAGE_NUMBER_HINT),
  },
  'gbt-page-number-sides': {
    message: (p) => {
      switch (p.problem) {
        case 'no-even-odd':
          return '没有设置“奇偶页不同”，页码无法单页居右、双页居左';
        case 'odd-side':
          return `第 ${s(p.section)} 节奇数页页码${align(p.oddSide)}，应居右`;
        case 'odd-space':
          return `第 ${s(p.section)} 节奇数页页码距版心右边缘 ${s(p.oddSpaceChars)} 字，应空 1 字`;
        case 'even-missing':
          return `第 ${s(p.section)} 节没有带页码的偶数页页脚，偶数页不显示页码`;
        case 'even-side':
          return `第 ${s(p.section)} 节偶数页页码${align(p.evenSide)}，应居左`;
        case 'even-space':
          return `第 ${s(p.section)} 节偶数页页码距版心左边缘 ${s(p.evenSpaceChars)} 字，应空 1 字`;
        default:
          return '页码位置不符合 GB/T 9704 7.5';
      }
    },
    hint: () => SIDES_HINT,
  },
  'gbt-page-number-size': {
    message: (p) => `页码应为 4 号（14 磅）；第 ${s(p.section)} 节${FOOTER[s(p.footer)] ?? ''}页脚的页码为 ${s(p.sizePt)} 磅`,
    hint: () => '选中页脚中的页码和两侧的一字线，字号设为“四号”，字体宋体',
  },
  'gbt-signature-placement': {
    message: (p) =>
      p.problem === 'no-unit'
        ? `成文日期“${s(p.date)}”的上一行没有发文机关署名`
        : `发文机关署名“${s(p.unit)}”和成文日期“${s(p.date)}”的位置不符合 7.3.5：署名右空 ${s(p.unitRightChars)} 字，日期右空 ${s(p.dateRightChars)} 字，日期首字比署名首字右移 ${s(p.dateOffsetChars)} 字，署名上空 ${s(p.blankLinesAbove)} 行`,
    hint: () =>
      '不加盖印章（7.3.5.2）：正文（或附件说明）下空一行，署名右对齐、右缩进 2 字符；下一行成文日期右对齐，使日期首字比署名首字右移 2 字（日期较长时日期右空 2 字，署名相应左移）。加盖印章（7.3.5.1）：日期右缩进 4 字符，署名以日期为准居中。用“段落 → 缩进 → 右侧”设字符数，不要用空格',
  },
  'gbt-date-format': {
    message: (p) => `成文日期“${s(p.date)}”应用阿拉伯数字将年、月、日标全，年份写全称，月、日不编虚位（如 2023年9月2日）`,
    hint: () => '改写为“2023年9月2日”这样的形式：不写“二〇二三年九月二日”，也不写“2023年09月02日”（GB/T 9704 7.3.5.4）',
  },
  'gbt-attachment-label': {
    message: (p) => {
      switch (p.problem) {
        case 'not-new-page':
          return `附件“${s(p.label)}”应另起一页编排`;
        case 'not-left':
          return `“${s(p.label)}”应顶格排在版心左上角第一行（现${align(p.align)}，缩进 ${s(p.indentChars)} 字）`;
        case 'font':
          return `“${s(p.label)}”应为 3 号（16 磅）黑体，现为 ${s(p.sizePt)} 磅 ${s(p.font)}`;
        default:
          return '附件标识不符合 GB/T 9704 7.3.7';
      }
    },
    hint: () =>
      '附件另面编排：在附件前插入分节符（Word“布局 → 分隔符 → 下一页”，WPS“页面布局 → 分隔符 → 下一页分节符”）；“附件”及其序号用三号黑体、顶格、不缩进；附件中的表格可放在横向的节里',
  },
  'gbt-attachment-title': {
    message: (p) => {
      switch (p.problem) {
        case 'missing':
          return `附件“${s(p.label)}”之后没有附件标题`;
        case 'not-centred':
          return `附件标题“${s(p.title)}”应居中（现${align(p.align)}）`;
        case 'not-third-line':
          return `附件标题“${s(p.title)}”应排在版心第三行：“${s(p.label)}”下空一行（现空 ${s(p.blankLines)} 行）`;
        default:
          return '附件标题不符合 GB/T 9704 7.3.7';
      }
    },
    hint: () => '“附件”下空一行，附件标题居中排在第三行（段落“居中”，无缩进）',
  },
  'gbt-print-a4': {
    message: (p) => (p.pages === 0 ? 'LibreOffice 打印结果没有页面' : `打印出的第 ${s(p.page)} 页为 ${s(p.widthPt)} × ${s(p.heightPt)} 磅，不是 A4（595 × 842 磅）`),
    hint: () => A4_HINT,
  },
  'gbt-print-line-pitch': {
    message: (p) => `打印出的行距（基线间距中位数）为 ${s(p.medianPt)} 磅，应在 27.5–30 磅之间`,
    hint: () => LINE_HINT,
  },
  'gbt-print-lines-per-page': {
    message: (p) => `打印出的满页最多 ${s(p.maxLines)} 行，应为 22 行${p.perPage ? `（各页：${s(p.perPage)}）` : ''}`,
    hint: () => `${LINE_HINT}；固定值超过 28.95 磅时每页只能排 21 行；同时检查上下页边距（37、35 毫米）`,
  },
  'gbt-print-chars-per-line': {
    message: (p) => `打印出的满行字数中位数为 ${s(p.medianChars)}（${s(p.lines)} 行），应为 28 字`,
    hint: () =>
      '3 号字 28 个比 156 毫米版心略宽：字符间距“紧缩 0.25 磅”（“字体 → 高级 → 间距”），或“页面设置 → 文档网格 → 指定行和字符网格，每行 28 字”；并检查左右页边距（28、26 毫米）',
  },
  'gbt-print-page-numbers': {
    message: (p) =>
      p.pages === 0
        ? 'LibreOffice 打印结果没有页面'
        : p.found === 'none'
          ? `打印出的第 ${s(p.page)} 页底部没有“— ${s(p.page)} —”形式的页码（共 ${s(p.pages)} 页，找到 ${s(p.numbered)} 个页码）`
          : `打印出的第 ${s(p.page)} 页页码为 ${s(p.found)}，应为 ${s(p.page)}`,
    hint: () => `${PAGE_NUMBER_HINT}；页码从 1 起连续编排，附件接续正文`,
  },
  'gbt-masthead': {
    message: (p) =>
      ({
        'no-issuer': `发文字号“${s(p.number)}”之上没有居中的发文机关标志`,
        'issuer-not-centred': `发文机关标志“${s(p.issuer)}”应居中`,
        'issuer-not-red': `发文机关标志“${s(p.issuer)}”应为红色，现为 ${s(p.color)}`,
        'number-not-centred': `发文字号“${s(p.number)}”应在发文机关标志下空二行居中排布（现${align(p.align)}）`,
        'number-not-left': `有签发人时发文字号应居左空一字（现${align(p.align)}，缩进 ${s(p.indentChars)} 字），签发人居右空一字`,
        'no-red-rule': `发文字号之下 4 毫米处应有一条与版心等宽的红色分隔线（现为 ${s(p.rule)}）`,
      })[s(p.problem)] ?? '版头不符合 GB/T 9704 7.2',
    hint: () =>
      '版头（GB/T 9704 7.2）：发文机关标志用红色小标宋体居中；其下空二行为发文字号，下行文居中，上行文居左空一字，“签发人：”和姓名居右空一字；发文字号之下 4 毫米处加一条版心宽的红色分隔线（段落“边框 → 下框线”，红色）',
  },
  'gbt-colophon': {
    message: (p) =>
      ({
        'not-last': `版记应在公文最后一面，其后还有 ${s(p.after)} 段文字`,
        date: `印发日期“${s(p.printed)}”应用阿拉伯数字将年、月、日标全，月、日不编虚位，后加“印发”`,
        'no-rules': `版记的首条和末条分隔线不全（上：${s(p.ruleAbove)}，下：${s(p.ruleBelow)}）`,
      })[s(p.problem)] ?? '版记不符合 GB/T 9704 7.4',
    hint: () =>
      '版记（GB/T 9704 7.4）排在最后一面（偶数页）的版心下端：抄送机关在上，4 号仿宋，左右各空一字；印发机关左空一字、印发日期右空一字，日期后加“印发”；首条和末条分隔线用粗线（0.35 毫米），中间用细线（0.25 毫米）',
  },
  'gbt-print-colophon': {
    message: (p) =>
      ({
        'not-last': `版记印在第 ${s(p.page)} 页，不是最后一页（共 ${s(p.pages)} 页）`,
        'odd-page': `版记印在第 ${s(p.page)} 页，是奇数页；版记应在偶数页（最后一张纸的背面）`,
        'not-at-foot': `版记印在第 ${s(p.page)} 页的上部（距页面下边 ${s(p.bottomPt)} 磅），应在版心下端`,
        'own-sheet': `版记单独印在第 ${s(p.page)} 页，前面还空了一页；正文末页（第 ${Number(p.page) - 2} 页，偶数页）下端放得下版记，应印在那一页，不必多用一张纸`,
      })[s(p.problem)] ?? '版记位置不符合 GB/T 9704 7.4',
    hint: (p) =>
      p.problem === 'own-sheet'
        ? '删去版记前的分节符和空行，让版记接在正文后面，再用空行把它推到这一页的下端'
        : '版记放在最后一页的下端；最后一页是奇数页时，在版记前插入“偶数页分节符”（Word“布局 → 分隔符 → 偶数页”），使版记落在偶数页',
  },
  'gbt-print-page-number-sides': {
    message: (p) => `打印出的第 ${s(p.page)} 页页码 ${s(p.number)} 在${p.side === 'right' ? '右侧' : p.side === 'left' ? '左侧' : '中间'}，${Number(p.number) % 2 ? '单页应居右' : '双页应居左'}`,
    hint: () => SIDES_HINT,
  },

  // ---- the command line (app) ----
  usage: { message: (p) => (USAGE[String(p.kind)] ?? (() => `命令行有误（${p.kind}）`))(p), hint: (p) => (p.suggestion ? `是否应为 ${p.suggestion}？` : '') + '加 --help 查看用法和示例' },
  'unknown-format': { message: (p) => (p.formats ? `不支持的输出格式：${p.formats}` : '没有给出输出格式'), hint: (p) => `可用格式：${p.known}，多个用逗号分隔，例如 --format md,docx` },
  cancelled: { message: () => '已取消，没有写入任何文件', hint: () => '重新运行 rectify init；加 --yes 则不提问，用选项或默认值' },
  'output-file': {
    message: (p) => (p.reason === 'ledgers' ? `-o ${p.file} 是一个文件名，但要生成 ${p.count} 份台账` : `-o ${p.file} 是 ${p.format} 文件，但 --format 要求 ${p.formats}`),
    hint: () => '多份台账或多种格式时，-o 给出目录（如 -o out/）；一份台账、一种格式时才可给出文件名',
  },
  'overdue-only': { message: (p) => `--format ${p.format} 只用于 --overdue（督办清单）`, hint: () => '加 --overdue 写出督办清单，或用 --format human 或 json' },
  'watch-stdin': { message: () => '--watch 不能读取标准输入', hint: () => '给出台账文件' },
  'stdin-twice': { message: () => 'OLD 和 NEW 不能都是 -（标准输入只能读一次）', hint: () => '把其中一轮先存成文件' },
  'round-date': {
    message: (p) => `${Number(p.given) ? `新一轮的报告日期 ${p.date} ` : `没有给出 --date，新一轮的报告日期就是今天 ${p.date}，`}不晚于上一轮的 ${p.last}`,
    hint: (p) => `用 --date 给出本轮报告的成文日期（晚于 ${p.last}），例如：rectify next ${p.file} --date ${p.suggested}`,
  },

  // ---- interface text ----
  'report.path': { message: () => '位置' },
  'report.hint': { message: () => '提示' },
  'report.summary': { message: (p) => `${p.errors}个错误，${p.warnings}个警告` },
  'report.omitted': { message: (p) => `同类问题另有 ${p.count} 个未逐条列出（每类只列前 ${p.shown} 个；加 --format json 可列出全部）` },
  'output.wrote': { message: (p) => `已写入 ${p.file}` },
  'build.wrote': { message: (p) => `已生成 ${p.file}` },
  'batch.summary': { message: (p) => `已生成 ${p.built} 份${p.where ? `（在 ${p.where}）` : ''}，失败 ${p.failed} 份${Number(p.failed) > 0 ? '：' : ''}` },
  'batch.failed-ledger': { message: (p) => `  ${p.file}（${p.why === 'invalid' ? '台账有误' : '无法生成'}）` },
  'validate.clean': { message: (p) => `${p.files}：未发现问题` },
  'summary.wrote': {
    message: (p) =>
      `已生成 ${String(p.files).split('\n').join('、')}（${p.units} 个单位，${p.issues} 个问题，已完成 ${p.done} 个，完成率 ${p.rate}${Number(p.left) > 0 ? `；略去 ${p.left} 份有误的单位台账` : ''}）`,
  },
  'summary.not-written': {
    message: (p) =>
      `未生成汇总${p.invalid ? `：以下单位台账有误\n${p.invalid}` : ''}${Number(p.allow) > 0 ? '\n改正后重试；或加 --allow-invalid 略去这些单位，用其余单位生成汇总' : ''}`,
  },
  'check.summary': {
    message: (p) =>
      [`${s(p.pass)} 条规则通过`, `${s(p.fail)} 条不符合`, ...(Number(p.absent) > 0 ? [`${s(p.absent)} 条不涉及`] : [])].join('，') +
      (p.printSkipped ? `（未检查打印效果：找不到 ${s(p.printSkipped)}；${PRINT_INSTALL}）` : ''),
  },
  'check.pass': { message: (p) => `通过：${RULE_NAME[s(p.rule)] ?? s(p.rule)}` },
  'check.absent': { message: (p) => `不涉及：${RULE_NAME[s(p.rule)] ?? s(p.rule)}（${RULE_ABSENT[s(p.rule)] ?? ''}）` },
  'export.invalid': { message: () => '台账有错误，未导出' },
  'import.failed': { message: (p) => `有 ${p.errors} 处错误（见上），${p.ledger ? `${p.ledger} 未作改动` : '未写入任何文件'}` },
  'import.unchanged': { message: (p) => `表格与 ${p.ledger} 一致，没有变化` },
  'import.updated': { message: (p) => `已更新 ${p.ledger}` },
  'import.rows': {
    message: (p) =>
      `读取工作表“${p.sheet}”的 ${p.read} 行` +
      (p.issues !== undefined ? `：导入 ${p.issues} 个问题、${p.measures} 条整改措施` : '') +
      (Number(p.skipped) > 0 ? `；${p.skipped} 行未导入（见上文）` : ''),
  },
  'import.fill-in-comment': { message: (p) => `由 rectify import 从手工制作的电子表格生成。\n以下内容是“【待填写】”占位值或推定日期，请修改：${p.keys}\n修改后运行 rectify validate 检查。` },
  'next.invalid': { message: (p) => `${p.ledger} 有错误，未生成新一轮台账` },
  'next.comment': { message: (p) => `上一轮：${p.from}（报告日期 ${p.date}）；本轮台账由 rectify next 从它生成` },
  'next.wrote': { message: (p) => `已生成新一轮台账 ${p.file}（报告日期 ${p.date}）` },
  'next.then': { message: (p) => `下一步：在 ${p.ledger} 中更新本轮进展，或
  rectify export ${p.ledger}
  （在 ${p.sheet} 中修改后）rectify import ${p.sheet} --into ${p.ledger}` },
  'init.created': { message: (p) => `已创建 ${p.files}` },
  'init.next': { message: (p) => `下一步：按注释修改 ${p.ledger}，然后运行\n  rectify validate ${p.ledger}\n  rectify build ${p.ledger}` },
  'init.ask': { message: (p) => (p.fallback ? `${p.question} [${p.fallback}]：` : `${p.question}：`) },
  'init.ask.unit': { message: () => '被检查单位（报告落款）' },
  'init.ask.kind': { message: (p) => `检查类型（${p.kinds}）` },
  'init.ask.bad-kind': { message: (p) => `请填写 ${p.kinds} 之一。` },
  'init.ask.by': { message: (p) => `${p.kind}组名称，例如 ${p.example}（不知道可直接回车，台账中留下“【待填写】”）` },
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
  'diff.extended': { message: () => '延期' },
  'diff.dueChanged': { message: () => '时限的其他变化' },
  'diff.doneChanged': { message: () => '完成日期变化' },
  'diff.textChanged': { message: () => '文字修改' },
  'diff.dutyChanged': { message: () => '责任变化' },
  'diff.evidenceChanged': { message: () => '佐证材料变化' },
  'diff.peopleChanged': { message: () => '人员名册变化' },
  'diff.unitsChanged': { message: () => '单位名册变化' },
  'diff.factsChanged': { message: () => '报告信息变化' },
  'diff.later': { message: (p) => `延期 ${p.n} 天` },
  'diff.earlier': { message: (p) => `提前 ${p.n} 天` },
  'diff.none': { message: () => '（无）' },
  'diff.item': { message: () => '事项' },
  'diff.dueFrom': { message: () => '原时限' },
  'diff.dueTo': { message: () => '新时限' },
  'diff.field': {
    message: (p) =>
      ({ leader: '责任领导', units: '责任单位', owners: '责任人', title: '问题', text: '措施', progress: '整改进展', evidence: '佐证材料', target: '目标值', name: '名称' })[String(p.field)] ??
      String(p.field),
  },
  'diff.fact': { message: (p) => FACT[String(p.path)] ?? String(p.path) },
  'diff.colon': { message: () => '：' },
  'diff.comma': { message: () => '，' },
  'stats.asOf': { message: (p) => (p.basis === 'as-of' ? `统计日期 ${p.date}（报告日期 ${p.report}）` : `报告日期 ${p.date}`) },
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
  'stats.openIssues': { message: () => '未完成问题' },
  'stats.openMeasures': { message: () => '未完成措施' },
  'stats.overdueCount': { message: () => '逾期' },
  'stats.metrics': { message: () => '关键数据' },
  'stats.value': { message: () => '数值' },
  'stats.target': { message: () => '目标' },
  'stats.count': { message: (p) => `（${p.n}）` },
  'stats.separator': { message: () => '，' },

  'overdue.title': { message: (p) => `${p.unit}${p.kind}整改督办清单（统计日期 ${p.date}，含 ${p.within} 天内到期的事项）` },
  'overdue.sheet': { message: () => '督办清单' },
  'overdue.none': { message: () => '没有逾期或即将到期的事项' },
  'overdue.seq': { message: () => '序号' },
  'overdue.state': { message: () => '情况' },
  'overdue.key': { message: () => '编号' },
  'overdue.item': { message: () => '事项' },
  'overdue.issue': { message: () => '所属问题' },
  'overdue.leader': { message: () => '责任领导' },
  'overdue.units': { message: () => '责任单位' },
  'overdue.owners': { message: () => '责任人' },
  'overdue.due': { message: () => '完成时限' },
  'overdue.status': { message: () => '整改状态' },
  'overdue.daysOverdue': { message: () => '逾期天数' },
  'overdue.daysLeft': { message: () => '剩余天数' },
  'overdue.overdue': { message: () => '已逾期' },
  'overdue.due-soon': { message: () => '即将到期' },
  'overdue.days': { message: (p) => (p.state === 'overdue' ? `逾期 ${p.n} 天` : Number(p.n) === 0 ? '今天到期' : `还有 ${p.n} 天`) },
  'overdue.separator': { message: () => '、' },

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
  'help.argument.last-round': { message: () => '上一轮的台账文件' },
  'help.argument.old': { message: () => '上一轮的台账；- 表示从标准输入读取' },
  'help.argument.new': { message: () => '本轮的台账；- 表示从标准输入读取' },
  'help.argument.set-name': { message: () => '内置模板集的名称：default、audit 或 summary' },
  'help.argument.summary': { message: () => '汇总台账（summary.yaml）：本轮巡察的信息和分组' },
  'help.argument.units': { message: () => '各单位的台账文件或含台账的目录（目录中所有 *.yaml、*.yml；汇总台账本身除外）' },
  'help.argument.new-dir': { message: () => '一个新目录' },
  'help.option.max-bytes': { message: () => '拒绝大于 n 字节的台账' },
  'help.option.max-aliases': { message: () => '拒绝展开后超过 n 个节点的 YAML 别名' },
  'help.option.max-items': { message: () => '拒绝各列表合计超过 n 项的台账' },
  'help.option.max-paragraphs': { message: () => '拒绝生成超过 n 个段落（表格每格算一段）的 .docx' },
  'help.option.diagnostics-format': { message: () => '问题的输出格式：human（给人看）、json、github（PR 注释）' },
  'help.option.output-format': { message: () => '输出格式' },
  'help.option.strict': { message: () => '有警告也视为失败（退出码 1）' },
  'help.option.quiet': { message: () => '只显示错误' },
  'help.option.quiet-warnings': { message: () => '不显示校验警告' },
  'help.option.output-dir': { message: () => '输出目录（默认与台账同目录）；或一份台账、一种格式时的输出文件名，如 -o 报告.docx' },
  'help.option.suffix': { message: () => '加在输出文件名中的后缀：<台账名>.<后缀>.docx（--public 时默认“公开版”）' },
  'help.option.build-format': { message: (p) => `输出格式，逗号分隔或多次给出（${p.formats}）` },
  'help.option.templates': { message: () => '自己的模板目录（完整的一套，可用 rectify templates export 生成）' },
  'help.option.template': { message: () => '内置模板集：default（巡察整改进展）或 audit（审计整改）；汇总用 rectify summary' },
  'help.option.public': { message: () => '公开版：遮蔽 redact 中的文字和人员姓名，写出 <台账名>.公开版.md 和 .docx，不覆盖内部版' },
  'help.option.summary-output': { message: () => '输出目录（默认与汇总台账同目录）' },
  'help.option.summary-format': { message: (p) => `输出格式，逗号分隔或多次给出（${p.formats}；xlsx 是供督办用的各单位进度表）` },
  'help.option.summary-templates': { message: () => '自己的汇总模板目录（完整的一套，可用 rectify templates export summary DIR 生成）' },
  'help.option.summary-template': { message: () => '内置的汇总模板集' },
  'help.option.summary-public': { message: () => '公开版：遮蔽汇总台账和各单位台账 redact 中的文字及人员姓名，写出 <汇总台账名>.公开版.md 等，不覆盖内部版' },
  'help.option.allow-invalid': { message: () => '略去有错误的单位台账（列出它们），用其余单位生成汇总' },
  'help.option.summary-as-of': { message: () => '按这一天统计超期（默认汇总台账的报告日期）' },
  'help.option.schema-summary': { message: () => '输出汇总台账（summary.yaml）的 JSON Schema' },
  'help.option.watch': { message: () => '台账或模板一改就重新生成，直到按 Ctrl+C' },
  'help.option.unit': { message: (p) => `被检查单位，即报告落款（默认 ${p.default}）` },
  'help.option.kind': { message: (p) => `检查类型（默认 ${p.default}）` },
  'help.option.by': { message: () => '检查组名称，例如 市委第五巡察组（默认按检查类型）' },
  'help.option.init-force': { message: () => '覆盖已有的 ledger.yaml 和 ledger.schema.json' },
  'help.option.yes': { message: () => '不提问（即使在终端中）' },
  'help.option.force': { message: () => '覆盖已有的输出文件' },
  'help.option.export-format': { message: () => 'xlsx 或 csv（默认按 -o 的扩展名，否则 xlsx）' },
  'help.option.export-output': { message: () => '输出文件；- 表示写到标准输出（默认与台账同名，扩展名 .xlsx/.csv）' },
  'help.option.import-output': { message: () => '要写出的台账 YAML；- 表示写到标准输出（默认与表格同名，扩展名 .yaml；有 --into 时即该台账）' },
  'help.option.into': { message: () => '把表格中的修改写回这份台账（就地更新，保留注释和写法），并列出改了什么' },
  'help.option.import-date': { message: () => '本轮报告的日期 YYYY-MM-DD（优先于表格“报告信息”中的报告日期）' },
  'help.option.import-force': { message: () => '覆盖已有的输出文件；有 --into 时，即使台账在导出后改动过也以表格为准' },
  'help.option.map': { message: () => '表头写法特殊时，把表头对应到字段的 YAML/JSON 文件' },
  'help.option.as-of': { message: () => '统计日期：按这一天统计逾期（默认报告日期）' },
  'help.option.next-date': { message: () => '新一轮的报告日期 YYYY-MM-DD（默认今天）' },
  'help.option.next-output': { message: () => '新台账的目录或文件名（默认：以新日期的年月命名的目录，如 2024-01/）' },
  'help.option.overdue': { message: () => '督办清单：逾期和即将到期的事项，含责任领导、责任单位、责任人和天数' },
  'help.option.within': { message: () => '完成时限在几天之内算即将到期' },
  'help.option.stats-output': { message: () => '写到这个文件（--format xlsx 时默认 <台账名>.督办清单.xlsx）' },
  'help.option.exit-code': { message: () => '两轮台账不同时退出码为 1' },
  'help.validate': { message: () => '校验整改台账：格式和各项规则' },
  'help.summary': { message: () => '汇总一轮巡察：读取各单位台账，生成汇总报告（.md、.docx）和督办用的进度表（.xlsx）' },
  'help.build': { message: () => '生成整改报告：在台账旁（或 -o 目录中）写出 <台账名>.md 和 .docx（--format 可加 .pdf）' },
  'help.init': { message: () => '新建整改台账：带注释的 ledger.yaml 示例' },
  'help.stats': { message: () => '台账统计：各状态数量、完成率、超期事项、责任分布' },
  'help.diff': { message: () => '对比两轮整改台账' },
  'help.next': { message: () => '开始下一轮：复制上一轮台账，换上新的报告日期' },
  'help.export': { message: () => '导出整改台账表：xlsx 或 csv' },
  'help.import': { message: () => '从 xlsx 或 csv 电子表格导入整改台账，或（--into）把表格中的修改写回台账' },
  'help.schema': { message: () => '输出台账格式的 JSON Schema' },
  'help.templates': { message: () => '内置模板集：列出、导出' },
  'help.templates.list': { message: () => '列出内置模板集' },
  'help.templates.export': { message: () => '把内置模板集复制到目录 DIR，作为自己模板的起点（然后用 --templates DIR 构建）' },
  'help.check': { message: () => '按 GB/T 9704-2012 检查 .docx 的公文格式' },
  'help.argument.docx': { message: () => '.docx 文件：rectify 生成的报告，或用 Word、WPS 制作的任何公文' },
  'help.option.print': { message: () => '同时检查 LibreOffice 打印出的页面' },
  'help.option.verbose': { message: () => '同时列出通过和不涉及的规则' },
  'help.option.docx-max-bytes': { message: () => '拒绝大于 n 字节的文件' },
  'help.option.print-timeout': { message: () => '每次运行 LibreOffice 或 pdftotext 的时限（秒）' },
  'help.check.examples': {
    message: () => `
示例：
  rectify check report.docx                        GB/T 9704 规则；装有 LibreOffice 时也检查打印出的页面
  rectify check report.docx --print never          只检查文档设置（不需要 LibreOffice）
  rectify check received/*.docx --print always     找不到 LibreOffice 或 pdftotext 时失败（退出码 2）
  rectify check report.docx --format json | jq '.checks[0].rules[] | select(.status == "fail")'
  rectify --lang en check report.docx --verbose    英文，并列出通过和不涉及的规则

检查打印效果需要 soffice（LibreOffice）和 pdftotext（poppler）：
  apt-get install libreoffice-writer-nogui poppler-utils

退出码：0 全部规则通过，1 有规则不符合，2 文件无法读取或打印。
`,
  },
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
  rectify build ledger.yaml --public                 党务公开版 ledger.公开版.md 和 .docx：遮蔽人名和 redact 中的文字
  rectify build ledger.yaml -o 整改报告.docx          只写出这一个文件
  rectify build ledgers/ -o reports/                 目录中的每份台账，用上所有 CPU 核
  rectify build ledger.yaml --template audit         内置的审计整改报告模板
  rectify build ledger.yaml --templates my-set       自己的模板（rectify templates export default my-set）
  rectify build ledger.yaml --watch                  台账或模板每次保存后重新生成

台账有误（退出码 1）或任何输出无法生成（退出码 2）时，不写出任何文件。
输出可复现：日期取自 SOURCE_DATE_EPOCH，否则取报告日期。
`,
  },
  'help.summary.examples': {
    message: () => `
示例：
  rectify summary round/summary.yaml round/units/            写出 round/summary.md 和 summary.docx
  rectify summary summary.yaml 常规/ 专项/ -o out --format md,docx,xlsx
  rectify summary summary.yaml units/ --format xlsx          只写督办用的各单位进度表
  rectify summary summary.yaml units/ --public               公开版：遮蔽 redact 中的文字和人员姓名
  rectify summary summary.yaml units/ --allow-invalid        略去有错误的单位台账，用其余单位汇总

汇总台账 summary.yaml 写明本轮巡察的名称、安排者、巡察组、按巡察方式分组的被巡察单位、日期和可自行
撰写的句子（格式见 rectify schema --summary）。每份单位台账都要校验，并按其 inspection.target 归入
一组；所有数字由各单位台账算出（同一编号的数据相加），与各单位目录的先后顺序无关。单位台账用上所有
CPU 核读取。任何单位台账有误（除非 --allow-invalid）或任何输出无法生成时，不写出任何文件。
`,
  },
  'help.init.examples': {
    message: () => `
示例：
  rectify init                          在当前目录创建 ledger.yaml 和 ledger.schema.json
  rectify init 2024-整改 --unit XX县司法局 --kind 巡察
  rectify init --force                  覆盖已有的 ledger.yaml

在终端中运行时，init 只询问选项没有给出的被检查单位、检查类型和检查组；检查组不知道可直接回车，
台账中留下“【待填写】”（validate 会指出它，build 在它改掉之前不生成报告）；按 Ctrl-D 或 Ctrl-C
取消，不写入任何文件。加 --yes，或标准输入不是终端（脚本、CI）时不提问，使用选项或默认值。台账第一行让编辑器读取旁边的 ./ledger.schema.json（随 rectify 安装的
Schema 的副本）；升级后用 rectify schema > ledger.schema.json 更新它。
`,
  },
  'help.stats.examples': {
    message: () => `
示例：
  rectify stats ledger.yaml                      数量、完成率、超期事项、每人负责的事项
  rectify stats ledger.yaml --as-of 2024-03-01   按另一天（统计日期，而非报告日期）统计逾期
  rectify stats ledger.yaml --format json | jq '.overdue[] | [.issueId, .daysOverdue]'
  rectify stats ledger.yaml --overdue --format xlsx        写出督办清单 ledger.督办清单.xlsx，供下发
  rectify stats ledger.yaml --overdue --within 14 --format md

这些数字与报告中的一致（由台账算出，从不手写）。逾期指完成时限早于报告日期（或 --as-of）且未完成；
--overdue 列出逾期和 --within 天（默认 7 天）内到期的事项，含责任领导、责任单位、责任人和天数。
json 格式带有 "version": 1。
`,
  },
  'help.diff.examples': {
    message: () => `
示例：
  rectify diff 2023-11/ledger.yaml 2023-12/ledger.yaml
  rectify diff old.yaml ledger.yaml --format md >> "$GITHUB_STEP_SUMMARY"
  git show HEAD~1:ledger.yaml | rectify diff - ledger.yaml --format json

显示两轮之间的变化：新完成的问题和措施、其他状态变化、增删的事项、延期（原时限和新时限）、完成日期、
问题和措施的文字修改（标出改动处）、责任领导、责任单位和责任人的变化、人员和单位名册、报告信息、
数据的变化。报告日期是每一轮自己的日期，只显示在标题中。问题按编号（id）对应；
措施按编号，没有编号时在所属问题中按文字、再按位置对应（显示为 ISSUE#2，即该问题的第二条措施）。
不论有无变化退出码都是 0；加 --exit-code 时有变化为 1（同 git diff --exit-code）。台账无效时退出码
也是 1，问题显示在标准错误上（需要区分时先运行 rectify validate）。OLD 和 NEW 最多一个是 -。
`,
  },
  'help.next.examples': {
    message: () => `
示例：
  rectify next 2023-12/ledger.yaml --date 2024-01-31            写出 2024-01/ledger.yaml
  rectify next ledger.yaml --date 2024-01-31 -o 2024-01/        指定目录
  rectify next ledger.yaml --date 2024-01-31 -o 一月.yaml        指定文件名

新台账与上一轮内容相同（状态、时限、措施、注释都不变），只换了报告日期，报告阶段照旧；开头加一行注释
说明它来自哪一轮。rectify diff 上一轮 新一轮 只显示日期。然后在新台账（或 rectify export 导出的表格）
中更新本轮进展。已有同名文件时不覆盖，除非加 --force。
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
  rectify import ledger.xlsx --into ledger.yaml              把表格中的修改写回台账，列出改了什么
  rectify import ledger.xlsx --into ledger.yaml --date 2024-01-31   同时给出本轮报告的日期

rectify export 写出的工作簿导入后还原为同一份台账；报告日期等在“报告信息”工作表中修改。
--into 只改动表格中改过的内容，台账的注释、键的顺序和写法不变；CSV 也可 --into 导入。
手工制作的表格导入后，报告和巡察信息中是“【待填写】”占位值，警告和 YAML 开头会列出这些键。
有任何错误时不写出任何文件，台账也不作改动；每个错误都指出所在的单元格（如 整改台账!J7）。
`,
  },
  'help.schema.examples': {
    message: () => `
示例：
  rectify schema > ledger.schema.json    更新编辑器读取的副本（见 rectify init）
  rectify schema | jq '.properties | keys'
  rectify schema --summary > summary.schema.json   汇总台账（rectify summary）的 Schema

逐字节输出本版本 rectify 的台账格式 JSON Schema。装有 YAML 语言服务的编辑器通过台账第一行
# yaml-language-server: $schema=./ledger.schema.json 用它补全键名，并显示每个键的中文说明。
`,
  },
  'help.templates.examples': {
    message: () => `
示例：
  rectify templates list
  rectify templates export default my-templates      然后修改，并用 rectify build ledger.yaml --templates my-templates 构建
  rectify templates export summary my-summary        汇总报告的模板：rectify summary … --templates my-summary

一套模板是 report.md.hbs（汇总模板为 summary.md.hbs）、partials/*.hbs 和 layout.json（字体、字号、页边距、页码）。
`,
  },
} satisfies Catalogue;
