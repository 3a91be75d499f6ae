import type { Lang } from '../../model/diagnostic.js';

/** Facts a message is built from; every value is already a display string or number. */
export type Params = Record<string, string | number>;

interface Wording {
  message: (p: Params) => string;
  hint: (p: Params) => string;
}

type Catalogue = Record<string, Wording>;

const none = () => '';

const ZH: Catalogue = {
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
  'not-a-mapping': { message: (p) => `台账应是键值对象，实际是${p.found}`, hint: () => '台账以 rectify: 1 开头，其后是 report、inspection、aspects 等键' },
  empty: { message: () => '台账文件是空的', hint: () => '至少需要 rectify、report、inspection、aspects；参见 docs/ledger-format.md' },
  'bad-key': { message: () => '键必须是简单的文字', hint: () => '把键写成不带引号的英文名，例如 title' },
  'not-finite': { message: () => '数值必须是有限数', hint: () => '不要使用 .inf 或 .nan' },
  'unknown-key': { message: (p) => `未知的键 ${p.key}`, hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : '') + `可用的键：${p.allowed}` },
  'missing-key': { message: (p) => `缺少必填的键 ${p.key}`, hint: (p) => `在此对象中添加 ${p.key}: …${p.extra ? `（${p.extra}）` : ''}` },
  type: { message: (p) => `类型错误：应为${p.expected}，实际是${p.found}`, hint: (p) => (p.extra ? String(p.extra) : `改为${p.expected}`) },
  'bad-enum': { message: (p) => `取值 ${p.value} 无效`, hint: (p) => `可用的取值：${p.allowed}` },
  'bad-value': { message: (p) => `取值不符合要求：${p.detail}`, hint: (p) => String(p.fix ?? '') },
  'bad-date': { message: (p) => `日期 ${p.value} 无效`, hint: () => '日期写作 YYYY-MM-DD，且须是真实存在的日期，例如 2023-12-01' },
  'duplicate-id': { message: (p) => `编号 ${p.id} 重复（已在第 ${p.firstLine} 行使用）`, hint: () => '台账中所有编号（问题、措施、方面、人员、单位、数据）必须唯一；改用新的编号' },
  'unknown-reference': { message: (p) => `${p.kind}编号 ${p.id} 不存在`, hint: (p) => (p.closest ? `是否应为 ${p.closest}？` : `在 ${p.register} 中添加编号为 ${p.id} 的条目；`) + (p.known ? `已有编号：${p.known}` : '') },
  'unknown-placeholder': { message: (p) => `未知的占位符 {{${p.name}}}`, hint: (p) => (p.closest ? `是否应为 {{${p.closest}}}？` : '') + `可用的占位符：${p.known}` },
  'date-order': { message: (p) => `日期顺序错误：${p.what}`, hint: () => '应满足：进驻开始 ≤ 进驻结束 ≤ 反馈日期 ≤ 报告日期，完成日期不晚于报告日期' },
  'done-with-open-measures': { message: (p) => `问题标为已整改完成，但措施 ${p.measure} 的状态是“${p.status}”`, hint: () => '把措施改为 done（已整改完成），或把问题改为 in-progress（正在整改）' },
  'declared-mismatch': { message: (p) => `写明的${p.what}数是 ${p.declared}，台账实际列出 ${p.counted}`, hint: (p) => `核对台账；若台账无误，把此处改为 ${p.counted}，或在正文中用 {{${p.placeholder}}} 代替手写的数字` },
  overdue: { message: (p) => `${p.what}已超过整改时限 ${p.due}（报告日期 ${p.asOf}），状态为“${p.status}”`, hint: () => '更新状态和完成日期，或调整整改时限' },
  'xml-char': { message: (p) => `含有无法写入文档的字符 ${p.char}`, hint: () => '删除该字符（控制字符、U+FFFE、U+FFFF 或孤立的代理项）' },
};

const EN: Catalogue = {
  'yaml-syntax': { message: (p) => `YAML syntax error: ${p.detail}`, hint: () => 'check the indentation, the space after each colon, and that brackets and quotes are paired' },
  'duplicate-key': { message: (p) => `duplicate key ${p.key}`, hint: () => 'a key may appear once per object; remove or merge the duplicate' },
  'explicit-tag': { message: (p) => `YAML tag ${p.tag} is not allowed`, hint: () => 'remove the tag; quote the value if you need text' },
  'merge-key': { message: () => 'merge keys (<<) are not allowed', hint: () => 'write the keys out one by one' },
  'yaml-version': { message: (p) => `%YAML ${p.version} directive is not supported`, hint: () => 'remove the directive (ledgers are read as YAML 1.2)' },
  'cyclic-alias': { message: (p) => `alias *${p.anchor} refers to a node that contains it`, hint: () => 'a cycle cannot be expanded; write the content out' },
  'alias-limit': { message: (p) => `alias *${p.anchor} expands to more than ${p.max} nodes`, hint: () => 'nest fewer aliases; raise the limit with --max-aliases if you must' },
  'too-large': { message: (p) => `the file has ${p.size} bytes, over the ${p.max}-byte limit`, hint: () => 'a ledger is normally under 1 MiB; raise the limit with --max-bytes if you must' },
  'too-deep': { message: (p) => `nesting deeper than ${p.max ?? 64} levels`, hint: () => 'a ledger never nests this deep; check brackets and indentation' },
  'not-utf8': { message: (p) => `the file is not valid UTF-8 (byte ${p.offset}, ${p.byte})`, hint: () => 'save the file as UTF-8' },
  'not-a-mapping': { message: (p) => `a ledger must be a mapping of keys, found ${p.foundEn}`, hint: () => 'a ledger starts with rectify: 1, then report, inspection, aspects…' },
  empty: { message: () => 'the ledger file is empty', hint: () => 'it needs at least rectify, report, inspection and aspects; see docs/ledger-format.md' },
  'bad-key': { message: () => 'keys must be plain text', hint: () => 'write the key as an unquoted name such as title' },
  'not-finite': { message: () => 'numbers must be finite', hint: () => 'do not use .inf or .nan' },
  'unknown-key': { message: (p) => `unknown key ${p.key}`, hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : '') + `allowed keys: ${p.allowed}` },
  'missing-key': { message: (p) => `missing required key ${p.key}`, hint: (p) => `add ${p.key}: … to this object${p.extraEn ? ` (${p.extraEn})` : ''}` },
  type: { message: (p) => `wrong type: expected ${p.expectedEn}, found ${p.foundEn}`, hint: (p) => (p.extraEn ? String(p.extraEn) : `write ${p.expectedEn}`) },
  'bad-enum': { message: (p) => `invalid value ${p.value}`, hint: (p) => `allowed values: ${p.allowed}` },
  'bad-value': { message: (p) => `value out of range: ${p.detailEn}`, hint: (p) => String(p.fixEn ?? '') },
  'bad-date': { message: (p) => `invalid date ${p.value}`, hint: () => 'write dates as YYYY-MM-DD, and a day that exists, e.g. 2023-12-01' },
  'duplicate-id': { message: (p) => `id ${p.id} is not unique (already used on line ${p.firstLine})`, hint: () => 'every id (issues, measures, aspects, people, units, metrics) must be unique; choose a new one' },
  'unknown-reference': { message: (p) => `${p.kindEn} id ${p.id} does not exist`, hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : `add an entry with id ${p.id} to ${p.register}. `) + (p.known ? `known ids: ${p.known}` : '') },
  'unknown-placeholder': { message: (p) => `unknown placeholder {{${p.name}}}`, hint: (p) => (p.closest ? `did you mean {{${p.closest}}}? ` : '') + `known placeholders: ${p.known}` },
  'date-order': { message: (p) => `dates out of order: ${p.whatEn}`, hint: () => 'expected: visit.from ≤ visit.to ≤ feedback ≤ report.date, and no done date after report.date' },
  'done-with-open-measures': { message: (p) => `issue marked done but measure ${p.measure} is ${p.statusEn}`, hint: () => 'mark the measure done, or the issue in-progress' },
  'declared-mismatch': { message: (p) => `declared ${p.declared} ${p.whatEn}, the ledger lists ${p.counted}`, hint: (p) => `check the ledger; if it is right, change this to ${p.counted}, or write {{${p.placeholder}}} in the prose instead of a typed number` },
  overdue: { message: (p) => `${p.whatEn} is past its due date ${p.due} (report date ${p.asOf}) and is ${p.statusEn}`, hint: () => 'update the status and done date, or the due date' },
  'xml-char': { message: (p) => `contains character ${p.char} that a document cannot carry`, hint: () => 'remove it (control characters, U+FFFE, U+FFFF and lone surrogates cannot be written)' },
};

const CATALOGUES: Record<Lang, Catalogue> = { zh: ZH, en: EN };

/** The message and hint for a code, in the requested language. Unknown codes fall back to the code. */
export function wordFor(code: string, params: Params, lang: Lang): { message: string; hint: string } {
  const wording = CATALOGUES[lang][code] ?? { message: () => code, hint: none };
  return { message: wording.message(params), hint: wording.hint(params) };
}

/** Every code validation can report; documented in docs/ledger-format.md. */
export const VALIDATION_CODES = Object.keys(ZH);
