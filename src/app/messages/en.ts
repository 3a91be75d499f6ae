/** English (`--lang en`): the same keys as zh.ts, which the type enforces. */
import type { Params } from '../../model/problem.js';
import type { Catalogue, Entry } from './catalogue.js';
import type { zh } from './zh.js';

const TYPE: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping (key: value)',
  array: 'a list (items starting with -)',
  null: 'nothing (null)',
};
const types = (list: string | number | undefined) => String(list ?? '').split(',').map((t) => TYPE[t] ?? t).join(' or ');
const FOUND: Record<string, string> = { array: 'a list', null: 'nothing (null)', string: 'a single text', number: 'a single number', integer: 'a single number', boolean: 'true or false' };
const q = (value: string | number | undefined): string => `"${value ?? ''}"`;
const REASON: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'the folder does not exist',
  EISDIR: 'a folder of that name exists',
  EMFILE: 'too many open files',
  EIO: 'a disk read or write failed',
  symlink: 'it is a symbolic link',
  'not-a-file': 'it is not a regular file (a device, a pipe or a socket)',
  'too-large': 'it is over the size limit',
};
const reason = (r: string | number | undefined) => REASON[String(r)] ?? String(r ?? '');
const REASON_HINT: Record<string, string> = {
  ENOSPC: 'free some disk space or choose another folder with -o',
  EDQUOT: 'free some space or choose another folder with -o',
  EACCES: 'check the file and folder permissions or choose another folder with -o',
  EPERM: 'check the file and folder permissions or choose another folder with -o',
  EROFS: 'choose a writable folder with -o',
  ENOTDIR: 'check the -o path',
  ENOENT: 'check the -o path',
  EISDIR: 'remove or rename that folder, or choose another with -o',
};
const WHERE: Record<string, string> = { text: 'text', source: 'Markdown source', rendered: 'rendered text', attributes: 'attribute values' };
const where = (w: string | undefined) => (w === undefined ? '' : (WHERE[w] ?? w));
/** `text\tpart\twhere` lines: 林向东 (word/styles.xml, attribute w:eastAsia) */
const found = (list: string | number | undefined) =>
  String(list ?? '')
    .split('\n')
    .filter((f) => f !== '')
    .map((f) => {
      const [text, part, at] = f.split('\t');
      const place = [part, where(at)].filter((x) => x).join(', ');
      return place ? `${text} (${place})` : text;
    })
    .join(', ');
const UNIT: Record<string, string> = { pt: 'points', mm: 'mm', chars: 'characters' };
const CONSTRUCT: Record<string, string> = {
  code: 'a code block',
  blockquote: 'a block quote (>)',
  list: 'a list',
  hr: 'a thematic break (---)',
  html: 'raw HTML',
  def: 'a link reference definition',
  em: 'emphasis (*…* or _…_)',
  codespan: 'inline code (`…`)',
  br: 'a hard line break',
  del: 'strikethrough (~~…~~)',
  link: 'a link',
  image: 'an image',
  heading6: 'a level-6 heading (######)',
  'table-outside-attachment': 'a table outside ::: attachment',
};
const INVALID: Record<string, string> = { 'positive-integer': 'expected a positive whole number', 'positive-number': 'expected a positive number', date: 'expected a day that exists, written 2024-01-31 (or 2024年1月31日, 2024.1.31, 2024/1/31)', suffix: 'must not contain / or \\', days: 'expected a whole number of days, 0 or more' };
const USAGE: Record<string, (p: Params) => string> = {
  unknownOption: (p) => `unknown option ${p.what}`,
  unknownCommand: (p) => `unknown command ${p.what}`,
  missingArgument: (p) => `missing argument ${p.what}`,
  optionMissingArgument: (p) => `option ${p.what} needs a value`,
  missingMandatoryOptionValue: (p) => `option ${p.what} is required`,
  invalidArgument: (p) => `invalid value ${p.value === '' ? '(empty)' : p.value} for ${p.what}${p.choices ? `; allowed: ${p.choices}` : p.reason ? `: ${INVALID[String(p.reason)] ?? p.reason}` : ''}`,
  excessArguments: (p) => `too many arguments${p.expected ? ` (at most ${p.expected})` : ''}`,
  conflictingOption: () => 'these options cannot be used together',
  help: () => 'name the command to run',
};

/** The corrected line, as the hint gives it, with the indentation when that is the fix. */
const fix = (p: Params): string =>
  p.indent !== undefined && Number(p.indent) >= 0
    ? `change it to (${Number(p.indent) === 0 ? 'no indentation' : `${p.indent} spaces at the start`}${p.sibling ? `, aligned with ${p.sibling}` : ''}): ${p.fixed}`
    : `change it to: ${p.fixed}`;
/** A block moved whole: the lines to shift back, and by how much. */
const shift = (p: Params): string =>
  `move lines ${p.from} to ${p.to} ${Number(p.shift) > 0 ? 'right' : 'left'} by ${Math.abs(Number(p.shift))} spaces (${Number(p.shift) > 0 ? 'add' : 'remove'} ${Math.abs(Number(p.shift))} spaces at the start of each)`;
const under = (parent: string | number | undefined) => (parent ? String(parent) : 'the top of the ledger');
const SPACE_NAME = (p: Params) => (p.char === 'U+00A0' ? 'no-break spaces (U+00A0, common in text copied from a web page or Word)' : 'full-width spaces (U+3000, what a Chinese input method types)');
const START: Record<string, string> = {
  '*': 'an alias (a reference to an & anchor)',
  '&': 'an anchor',
  '!': 'a tag',
  '%': 'a directive',
  '@': 'a reserved character',
  '`': 'a reserved character',
  '|': 'the start of a multi-line text',
  '>': 'the start of a multi-line text',
  '{{': 'a mapping in braces (a placeholder {{…}} at the start)',
  '{': 'a mapping in braces',
  '[': 'a list in brackets',
  '"': 'a quote (nothing may follow the closing quote)',
  "'": 'a quote (nothing may follow the closing quote)',
  ',': 'a separator of flow lists',
  '?': 'the mark of a complex key',
  '-': 'a list item',
  ']': 'the end of a list in brackets',
  '}': 'the end of a mapping in braces',
};
const ITEM: Record<string, string> = { measures: 'each measure', points: 'each point', overview: 'each overview block', aspects: 'each aspect', issues: 'each issue', redact: 'each redaction' };
/** What a --map file's line got wrong, by the mistake's code (the ledger's own messages say more). */
const MAP_MISTAKE: Record<string, string> = {
  'fullwidth-colon': 'a Chinese colon "："',
  'alias-limit': 'aliases (*) expanding past --max-aliases',
  'colon-without-space': 'a colon without a space after it',
  'fullwidth-space': 'a full-width space',
  'tab-indent': 'a tab as indentation',
  'bad-indent': 'wrong indentation',
  'value-start': 'a value starting with a special character, to be quoted',
  'unclosed-quote': 'a quote never closed',
  'unclosed-bracket': 'a bracket never closed',
  'unquoted-colon': 'a ": " in a text, to be quoted',
};
/** yaml-syntax by kind: what is wrong, and what to do. */
const SYNTAX: Record<string, [string, string]> = {
  'unclosed-quote': ['a quote is never closed', 'add the matching ASCII quote at the end of the text'],
  'no-colon': ['this line is neither "key: value" nor an item starting with "- "', 'a key needs an ASCII colon and a space after it; a text continued from the line above must be indented deeper than its key; a note becomes a comment with # at the start'],
  'no-dash': ['this list item lacks its "- ", or is not aligned with the items around it', 'align it with the other items of the list and start it with "- "'],
  'flow-comma': ['the items in brackets or braces need commas between them', 'separate the items with an ASCII comma and a space, e.g. [office, fzk]'],
  'flow-colon': ['a key in braces needs a space after its colon', 'write it as { from: 2023-05-02, to: 2023-05-04 }'],
  'property-space': ['the name after & or ! needs a space before the value', 'if this is text, put the whole text in ASCII quotes'],
  'comment-space': ['a # comment needs a space before it', 'add a space before #; if # is part of the text, put the whole text in ASCII quotes'],
  directives: ['a % directive at the top needs a --- line after it', 'remove the line starting with %'],
  unclosed: ['a bracket or brace is never closed', 'check that [ and ], { and } are paired, and are ASCII brackets'],
  indent: ['the indentation is inconsistent', 'keys of one level take the same number of spaces; each level down takes 2 more'],
  'multiline-key': ['a key and its colon must be on one line', 'check that the key is followed by an ASCII colon and a space'],
  'nested-key': ['one line holds two "key: value" pairs', 'if the value is text, put it in ASCII quotes; if it is a key of the next level, move it to the next line, indented 2 more spaces'],
  'unexpected-bracket': ['a closing ] or } too many', 'remove it, or add the opening bracket it closes'],
  unexpected: ['this cannot be read', 'check the indentation, colons and quotes of this line'],
  escape: ['a backslash \\ in double quotes is not a valid escape', 'write \\ as \\\\, or use single quotes'],
  'multiple-documents': ['one file holds one ledger (a second --- line was found)', 'remove this line (---); if these are really two ledgers, keep them in two files'],
  'block-in-flow': ['brackets and braces cannot hold "key: value" lines or "- " lists', 'separate the items with commas inside the brackets, or use the indented form'],
  anchor: ['an anchor (&) or alias (*) is written wrongly', 'if this is text, put the whole text in ASCII quotes'],
  'long-key': ['a key is longer than 1024 characters', 'keys are short English names such as title'],
  directive: ['an unknown % directive', 'remove the line starting with %'],
  'scalar-start': ['the value starts with a special character', 'put the whole text in ASCII quotes'],
  other: ['the YAML is not well formed', 'check the indentation, the space after each ASCII colon, and that brackets and quotes are paired'],
};

// ---- rectify check: GB/T 9704 conformance of a .docx ----
const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
/** twips as points, one decimal */
const pt = (twips: string | number | undefined): string => (typeof twips === 'number' ? String(Math.round((twips / 20) * 10) / 10) : s(twips));
const MIB = 1024 * 1024;
const FOOTER: Record<string, string> = { default: 'odd-page (default)', even: 'even-page', first: 'first-page' };
const align = (a: string | number | undefined) => s(a).split('/').join(', ');
function lineSpacing(p: Params): string {
  if (p.line === 'none') return p.lineRule === 'auto' ? 'single spacing' : 'no line spacing';
  const line = Number(p.line);
  return p.lineRule === 'exact' || p.lineRule === 'atLeast' ? `${s(p.lineRule)} ${pt(line)}pt` : `${Math.round((line / 240) * 100) / 100} lines`;
}
function indent(p: Params): string {
  const parts: string[] = [];
  if (typeof p.firstLineChars === 'number' && p.firstLineChars !== 0) parts.push(`first line ${p.firstLineChars / 100} characters`);
  else if (typeof p.firstLineTwips === 'number') parts.push(`first line ${pt(p.firstLineTwips)}pt`);
  else parts.push('no first-line indent');
  if (typeof p.leftTwips === 'number' && p.leftTwips !== 0) parts.push(`left ${pt(p.leftTwips)}pt`);
  return parts.join(', ');
}
const PAGE_NUMBER_HINT =
  'insert a page number in the footer (Word: Insert → Page Number → Bottom of Page; WPS: Insert → Page Number) and write it as "— 1 —": 14pt (size 4) half-width SimSun digits with an em dash on each side';
const SIDES_HINT =
  'turn on "Different Odd & Even Pages" (Word: Layout → Page Setup → Layout; WPS: Page Layout → Header and Footer Options); right-align the odd-page footer with a one-character right indent, left-align the even-page footer with a one-character left indent, and put the page number in both';
const LINE_HINT =
  'set paragraph line spacing to Exactly 28.95pt (Paragraph dialog in Word and WPS), or a line-only document grid of 22 lines per page (Page Setup → Document Grid) with single spacing snapped to the grid';
const A4_HINT = 'set the paper to A4, 210 × 297 mm (Word: Layout → Size → A4; WPS: Page Layout → Paper Size → A4); the body is portrait, only the section holding an attached table may be landscape';
const MARGIN_HINT = 'margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (Word: Layout → Margins → Custom Margins; WPS: Page Layout → Margins → Custom), a 156 × 225 mm text block';
const REOPEN = 'open it in Word or WPS and Save As a Word Document (*.docx); .doc, .wps and .pdf files cannot be checked';
const PRINT_INSTALL = 'apt-get install libreoffice-writer-nogui poppler-utils';
/** `rectify check --verbose`: each rule's short name, and why it did not apply */
const RULE_NAME: Record<string, string> = {
  'page-a4': 'A4 paper',
  'page-margins': 'margins',
  title: 'title',
  addressee: 'addressee',
  heading1: 'first-level headings (一、)',
  heading2: 'second-level headings (（一）)',
  heading3: 'third-level headings (1.)',
  'body-font': 'body font and size',
  'latin-font': 'digits and Latin letters',
  'cjk-punctuation-font': 'Chinese punctuation font',
  'first-line-indent': 'two-character first-line indent',
  'line-pitch': 'line pitch (22 lines a page)',
  'page-number-field': 'page numbers',
  'page-number-sides': 'page-number sides',
  'page-number-size': 'page-number size',
  'signature-placement': 'signature and date',
  'date-format': 'date format',
  'attachment-label': 'attachment label',
  'attachment-title': 'attachment title',
  'print-a4': 'printed A4',
  'print-line-pitch': 'printed line pitch',
  'print-lines-per-page': 'printed 22 lines a page',
  'print-chars-per-line': 'printed 28 characters a line',
  'print-page-numbers': 'printed page numbers',
  'print-page-number-sides': 'printed page-number sides',
  masthead: 'masthead (issuing mark, document number, signer, red rule)',
  colophon: 'colophon (copies to, printing office and date, rules)',
  'print-colophon': 'printed colophon (last page, even page, at the foot)',
};
const RULE_ABSENT: Record<string, string> = {
  addressee: 'no addressee line',
  heading1: 'no first-level headings (一、)',
  heading2: 'no second-level headings (（一）)',
  heading3: 'no third-level headings (1.)',
  'latin-font': 'no digits or Latin letters',
  'cjk-punctuation-font': 'no Chinese quotes, ellipses or dashes',
  'first-line-indent': 'no body paragraphs (see gbt-body-font)',
  'line-pitch': 'no body paragraphs (see gbt-body-font)',
  'page-number-sides': 'no page numbers (see gbt-page-number-field)',
  'page-number-size': 'no page numbers (see gbt-page-number-field)',
  'signature-placement': 'no date line, so no signature to check',
  'date-format': 'no date line',
  'attachment-label': 'no attachment',
  'attachment-title': 'no attachment',
  'print-lines-per-page': 'no paragraph runs on to the next page, so no page is known to be full (a short document)',
  'print-chars-per-line': 'no full line of Chinese characters and marks only',
  'print-page-number-sides': 'no page numbers on the printed pages (see gbt-print-page-numbers)',
  masthead: 'no masthead (no document number)',
  colophon: 'no colophon (no printing office and date)',
  'print-colophon': 'no colophon on the printed pages',
};

export const en: Record<keyof typeof zh, Entry> = {
  // ---- reading the ledger (core/load) ----
  'yaml-syntax': { message: (p) => `YAML syntax error: ${(SYNTAX[String(p.kind)] ?? SYNTAX.other!)[0]}`, hint: (p) => (SYNTAX[String(p.kind)] ?? SYNTAX.other!)[1] + (p.fixed ? `; ${fix(p)}` : '') },
  'duplicate-key': { message: (p) => `duplicate key ${p.key}`, hint: () => 'a key may appear once per object; remove or merge the duplicate' },
  'explicit-tag': { message: (p) => `YAML tag ${p.tag} is not allowed`, hint: () => 'remove the tag; quote the value if you need text' },
  'merge-key': { message: () => 'merge keys (<<) are not allowed', hint: () => 'write the keys out one by one' },
  'yaml-version': { message: (p) => `%YAML ${p.version} directive is not supported`, hint: () => 'remove the directive (ledgers are read as YAML 1.2)' },
  'cyclic-alias': { message: (p) => `alias *${p.anchor} refers to a node that contains it`, hint: () => 'a cycle cannot be expanded; write the content out' },
  'alias-limit': { message: (p) => `alias *${p.anchor} expands to more than ${p.max} nodes`, hint: () => 'nest fewer aliases; raise the limit with --max-aliases if you must' },
  'too-large': { message: (p) => `the file has ${p.size} bytes, over the ${p.max}-byte limit`, hint: () => 'a ledger is normally under 1 MiB; raise the limit with --max-bytes if you must' },
  'too-many-items': {
    message: (p) => `the ledger's lists hold ${p.count} items together (each issue, measure, person or key figure is one), more than the limit of ${p.max}`,
    hint: (p) => `a rectification ledger holds a few hundred: check that no ledger or table was pasted in twice; for a ledger truly this large, add --max-items ${p.count}`,
  },
  'too-deep': { message: (p) => `nesting deeper than ${p.max ?? 64} levels`, hint: () => 'a ledger never nests this deep; check brackets and indentation' },
  'not-utf8': { message: (p) => `the file is not valid UTF-8 (byte ${p.offset}, ${p.byte})`, hint: () => 'save the file as UTF-8' },
  'not-a-mapping': { message: (p) => `a ledger must be a mapping of keys, found ${FOUND[String(p.found)] ?? p.found}`, hint: () => 'a ledger starts with rectify: 1, then report, inspection, aspects…' },
  empty: { message: () => 'the ledger file is empty', hint: () => 'it needs at least rectify, report, inspection and aspects; see docs/ledger-format.md' },
  'bad-key': { message: () => 'keys must be plain text', hint: () => 'write the key as an unquoted name such as title' },
  'not-finite': { message: () => 'numbers must be finite', hint: () => 'do not use .inf or .nan' },
  'fullwidth-colon': { message: (p) => `the key ${p.key} is followed by a Chinese colon "："; a key and its value are separated by an ASCII colon and a space`, hint: (p) => fix(p) },
  'colon-without-space': { message: (p) => `the colon after the key ${p.key} needs a space after it`, hint: (p) => fix(p) },
  'fullwidth-space': {
    message: (p) =>
      p.where === 'indent'
        ? `the line is indented with ${SPACE_NAME(p)}; YAML indents with ASCII spaces only (the line stands under ${under(p.parent)})`
        : `${p.where === 'after-dash' ? 'the "-"' : `the colon after ${p.key}`} is followed by ${SPACE_NAME(p)}; use an ASCII space`,
    hint: (p) => fix(p),
  },
  'tab-indent': {
    message: (p) => `the line is indented with a tab${p.indent === -1 ? '' : ` (it stands under ${under(p.parent)})`}; YAML indents with spaces only`,
    hint: (p) => (p.indent === -1 ? 'replace the tabs at the start of the line by spaces, aligned with the keys of the same level' : fix(p)),
  },
  'bad-indent': {
    message: (p) =>
      `${p.direction === 'deep' ? 'indented too deep' : p.direction === 'shallow' ? 'not indented enough' : 'wrong indentation'}: ${
        p.item ? `this item belongs to the list ${under(p.parent)}; its "-" goes under those of the other items` : `${p.key ? `${p.key} ` : 'this line '}belongs under ${under(p.parent)}${p.sibling ? `, aligned with ${p.sibling}` : ''}`
      }`,
    hint: (p) => (p.to ? shift(p) : fix(p)),
  },
  'dash-without-space': { message: () => 'the "-" of a list item needs a space after it', hint: (p) => fix(p) },
  'value-start': {
    message: (p) => `${p.key ? `the value of ${p.key}` : 'this item'} starts with ${p.char}, which YAML reads as ${START[String(p.char)] ?? 'a special character'}, not as text`,
    hint: (p) => `put the whole text in ASCII quotes: ${fix(p)}`,
  },
  'unclosed-quote': { message: (p) => `${p.key ? `the value of ${p.key}` : 'this item'} opens a quote ${p.quote} that is never closed`, hint: (p) => `add the closing ${p.quote} at the end of the text: ${fix(p)}` },
  'comment-in-text': {
    message: (p) => `a # after a space starts a comment: ${p.key ? `the value of ${p.key}` : 'the text'} ends before it, and "${p.cut}" will not be in the report`,
    hint: (p) => `if # is part of the text, put the whole text in ASCII quotes: change it to: ${p.fixed}`,
  },
  'unquoted-colon': {
    message: (p) => `${p.key ? `the value of ${p.key}` : 'this text'} holds an ASCII colon followed by a space or the line end, which YAML reads as another key`,
    hint: (p) => `put the whole text in ASCII quotes: ${fix(p)}`,
  },
  'unclosed-bracket': { message: (p) => `${p.key ? `the value of ${p.key}` : 'this item'} opens ${p.bracket} and never closes it`, hint: (p) => `add the closing bracket: ${fix(p)}` },
  'item-without-key': {
    message: (p) => `${ITEM[String(p.list)] ?? `each item of ${p.list}`} is written "- ${p.key}: …"; this one is a bare text${p.under ? ' with other keys under it' : ''}`,
    hint: (p) => fix(p),
  },

  // ---- checking the ledger (core/validate) ----
  'unknown-key': { message: (p) => `unknown key ${p.key}`, hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : '') + `allowed keys: ${p.allowed}` },
  'missing-key': {
    message: (p) => `missing required key ${p.key}`,
    hint: (p) => `add ${p.key}: … to this object` + (p.reason === 'several-issues' ? ' (the aspect has several issues, so each needs its own title)' : ''),
  },
  type: { message: (p) => `wrong type: expected ${types(p.expected)}, found ${types(p.found)}`, hint: (p) => `write ${types(p.expected)}` },
  'bad-enum': { message: (p) => `invalid value ${p.value}`, hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : '') + `allowed values: ${p.allowed}` },
  'bad-value': {
    message: (p) =>
      `value out of range: ${p.rule === 'empty' ? 'must not be empty' : p.rule === 'min-items' ? `needs at least ${p.limit} item(s)` : p.rule === 'minimum' ? `must be at least ${p.limit}` : `breaks the rule ${p.rule}`}`,
    hint: (p) => (p.rule === 'empty' ? 'fill it in or remove the key' : p.rule === 'min-items' ? 'add at least one item' : p.rule === 'minimum' ? 'use zero or a positive whole number' : ''),
  },
  'bad-date': {
    message: (p) => `invalid date ${q(p.value)}` + (p.days ? `: month ${p.month} of ${p.year} has ${p.days} days` : ''),
    hint: (p) =>
      p.where === 'sheet'
        ? 'write dates as 2023-12-31, 2023/12/31 or 2023年12月31日, or use an Excel date; a day that exists'
        : p.fixed
          ? `change it to: ${p.fixed}`
          : 'write dates as 2023-12-01 (or 2023年12月1日, 2023.12.1, 2023/12/1), and a day that exists',
  },
  'range-as-text': {
    message: (p) => `${p.key} takes two dates, { from: start, to: end }; it holds one text, ${q(p.value)}`,
    hint: (p) => `change it to: ${p.fixed}`,
  },
  'list-as-text': {
    message: (p) => `${p.key} is a list: put it in ASCII brackets, its items separated by ASCII commas`,
    hint: (p) => `change it to: ${p.fixed}`,
  },
  'text-as-number': {
    message: (p) => `${p.key} takes a number, and holds the text ${q(p.value)}` + (p.unit ? ` (the "${p.unit}" after the number does not go here)` : ' (numbers take no thousands separators)'),
    hint: (p) => (p.unit && Number(p.unitKey) ? `the unit goes in the same item's unit key (e.g. unit: ${p.unit}); ` : '') + `change it to: ${p.fixed}`,
  },
  'number-as-text': {
    message: (p) => `${p.key ? `the value of ${p.key}` : 'the value'} ${p.value} reads as a number, and a text (an id) belongs here`,
    hint: (p) => `put it in ASCII quotes: change it to: ${p.fixed}`,
  },
  'duplicate-id': {
    message: (p) => `id ${p.id} is not unique (already used on line ${p.firstLine})`,
    hint: () => 'every id (issues, measures, aspects, people, units, metrics) must be unique; choose a new one',
  },
  'unknown-reference': {
    message: (p) =>
      p.shared
        ? `${String(p.shared).split(', ').length} entries of ${p.register} are called ${p.id} (ids ${p.shared}): which one is meant?`
        : `${p.kind} id ${p.id} does not exist`,
    hint: (p) =>
      p.shared
        ? `did you mean ${String(p.shared).split(', ').join(' or ')}? A shared name needs the id`
        : p.closest
          ? `did you mean ${p.closest}${p.closestName ? ` (${p.closestName})` : ''}? ` + (p.known ? `known ids: ${p.known}` : '')
          : /\p{Script=Han}/u.test(String(p.id)) && p.kind !== 'metric'
            ? `add this ${p.kind} to ${p.register}, e.g. - { id: an-id, name: ${p.id} }; a reference may be the id or the name`
            : `add an entry with id ${p.id} to ${p.register}. ` + (p.known ? `known ids: ${p.known}` : ''),
  },
  'list-separator': {
    message: (p) => `${p.id} is several items written as one: the items of a list are separated by ASCII commas`,
    hint: (p) => `change it to: ${p.fixed}`,
  },
  'unknown-placeholder': {
    message: (p) => `unknown placeholder {{${p.name}}}`,
    hint: (p) => (p.closest ? `did you mean {{${p.closest}}}? ` : '') + `known placeholders: ${p.known}`,
  },
  'placeholder-without-value': {
    message: (p) => `placeholder {{${p.name}}} has no value: the ledger gives no ${p.key}`,
    hint: (p) => `give ${p.key} in the ledger, or write {{${p.name}}} out as text`,
  },
  'bad-heading-pattern': {
    message: (p) => (p.rule === 'no-title' ? `heading pattern "${p.value}" has no {{title}}: the finding's wording would appear nowhere in the report` : `no heading pattern is named "${p.value}"`),
    hint: (p) =>
      (p.rule === 'no-title' ? 'put {{title}} in the pattern, e.g. "{{no}}关于“{{title}}”问题"; ' : p.closest ? `did you mean ${p.closest}? ` : '') +
      `named patterns: ${p.names}; or write a pattern with {{no}} (the numbering) and {{title}}`,
  },
  'unused-part-heading': {
    message: (p) => `part two's heading "${p.value}" would not appear: with headings.aspects_as_parts the aspects are the parts`,
    hint: () => 'remove parts.issues, or set headings.aspects_as_parts to false',
  },
  'final-with-open-issues': {
    message: (p) => `the report is final (stage: final) but ${p.count} issue(s) are not done: ${p.ids}`,
    hint: () => 'update their statuses; if rectification is not finished, set stage: progress',
  },
  'date-order': {
    message: (p) =>
      `dates out of order: ${
        p.rule === 'visit'
          ? `visit.to ${p.date} is before visit.from ${p.other}`
          : p.rule === 'feedback'
            ? `feedback ${p.date} is before visit.to ${p.other}`
            : p.rule === 'report'
              ? `report.date ${p.date} is before feedback ${p.other}`
              : `done ${p.date} is after report.date ${p.other}`
      }`,
    hint: (p) =>
      p.where === 'sheet' && p.rule === 'done'
        ? p.reportCell
          ? `if this round's report is dated ${p.date} or later, change the report date in ${p.reportCell} to it, or import with --date YYYY-MM-DD; otherwise correct this completion date`
          : `if this round's report is dated ${p.date} or later, import with --date YYYY-MM-DD giving its date; otherwise correct this completion date`
        : 'expected: visit.from ≤ visit.to ≤ feedback ≤ report.date, and no done date after report.date',
  },
  'done-with-open-measures': {
    message: (p) => `issue marked done but measure ${p.measure} is ${p.status}`,
    hint: (p) =>
      p.where === 'sheet'
        ? `change this cell to 正在整改 (or empty it: the status then follows the measures)${p.measureCell ? `, or ${p.measureCell} to 已整改完成` : ''}`
        : 'mark the measure done, or the issue in-progress',
  },
  'no-responsible': {
    message: (p) => `issue ${p.issue} has no leader, unit or owner; the report would say "明确0名责任领导"`,
    hint: (p) =>
      'give the issue a leader, units or owners, ' +
      (p.people ? `e.g. a line leader: ${String(p.people).split(', ')[0]} under its id (the people listed: ${p.people})` : 'e.g. leader: a person id or name (list the person under people first)'),
  },
  'typed-count': {
    message: (p) => `${p.typed} is typed here (${p.phrase}) and the ledger counts ${p.counted}; the placeholder {{${p.name}}} says it and follows the ledger`,
    hint: (p) => (p.first ? 'a text starting with a placeholder needs ASCII quotes around it; ' : '') + `replace "${p.phrase}" by "${p.fixed}"`,
  },
  unfilled: {
    message: (p) => `the fill-in marker "${p.marker}" is still here; no report is made while it is there`,
    hint: () => 'replace the marker with the real text (every 【待填写】 left by import or init must go)',
  },
  'declared-mismatch': {
    message: (p) => `declared ${p.declared} ${p.what}, the ledger lists ${p.counted}`,
    hint: (p) => `check the ledger; if it is right, change this to ${p.counted}, or write {{${p.what}}} in the prose instead of a typed number`,
  },
  overdue: {
    message: (p) => `${p.item} ${p.name} is past its due date ${p.due} (${p.basis === 'as-of' ? 'counted as of' : 'report date'} ${p.asOf}) and is ${p.status}`,
    hint: () => 'update the status and done date, or the due date',
  },
  'xml-char': { message: (p) => `contains character ${p.char} that a document cannot carry`, hint: () => 'remove it (control characters, U+FFFE, U+FFFF and lone surrogates cannot be written)' },

  // ---- a round's summary (core/summary, rectify summary) ----
  'duplicate-unit': {
    message: (p) =>
      p.where === 'summary' ? `inspected unit "${p.name}" is listed twice in the summary ledger (first at line ${p.firstLine})` : `inspected unit "${p.name}" already has a ledger: ${p.other}`,
    hint: (p) =>
      p.where === 'summary'
        ? 'list each unit once, in one group of round.groups; remove this one'
        : `if both are the same unit's ledger, keep one (e.g. remove the older round); if they are different units, correct this ledger's inspection.target so it differs from ${p.other}`,
  },
  'unit-not-in-round': {
    message: (p) => `inspected unit "${p.name}" is in no group of the summary ledger ${p.summary}`,
    hint: (p) => (p.closest ? `the summary ledger lists "${p.closest}": is it written differently? The two must match exactly; ` : '') + `or add "${p.name}" to the units of a group in round.groups of ${p.summary}`,
  },
  'unit-missing': {
    message: (p) => `the summary ledger lists inspected unit "${p.name}", but no unit ledger is for it` + (Number(p.leftOut) > 0 ? ` (it may be one of the ${p.leftOut} invalid ledgers left out)` : ''),
    hint: (p) => `name its ledger on the command line (its inspection.target must be "${p.name}")` + (p.closest ? `; a ledger names its unit "${p.closest}": is it written differently?` : '; or remove it from the summary ledger'),
  },
  'metric-unit-conflict': {
    message: (p) => `metric ${p.id} is counted in "${p.unit || '(none)'}", but in "${p.expected || '(none)'}" in ${p.other}`,
    hint: (p) => `metrics with the same id are added up across units, so their unit of measure must agree: change this unit to "${p.expected || '(remove unit)'}" and convert the value, or give this metric another id`,
  },
  'unknown-metric': {
    message: (p) => `no unit ledger has a metric with id ${p.id}`,
    hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : '') + (p.known ? `metric ids in the unit ledgers: ${p.known}` : 'the unit ledgers have no metrics yet'),
  },
  'summary-ledger': {
    message: () => 'this is a summary ledger (it has a round key), not a unit ledger',
    hint: (p) => `summarise a round with rectify summary, the summary ledger first and the unit ledgers (or their folder) after it, e.g. rectify summary ${p.file} units/; never give the summary ledger as a unit ledger`,
  },
  'unit-ledger': {
    message: () => 'this is a unit ledger (it has an aspects key), not a summary ledger',
    hint: (p) => `rectify summary takes the summary ledger first (e.g. summary.yaml, with a round key), then the unit ledgers, e.g. rectify summary summary.yaml ${p.file}; this ledger's own report is rectify build ${p.file}`,
  },
  'unit-left-out': {
    message: (p) => `this unit ledger has ${p.errors} error(s) and is left out of the summary (--allow-invalid)`,
    hint: () => 'fix the errors listed above, then run rectify summary again',
  },
  // ---- spreadsheets (core/spreadsheet) ----
  'no-table': {
    message: (p) => `no ledger table found: none of the sheets ${p.sheets} has a header row with both an issue (问题) and a measure (整改措施) column in its first 10 rows`,
    hint: () => 'if the headers are spelled unusually, name the columns in a --map file, e.g. {"反馈意见": "issue", "落实举措": "measure"}',
  },
  'missing-column': { message: (p) => `the header row has no ${q(p.header)} column`, hint: (p) => `add a ${q(p.header)} column, or say which column it is with --map` },
  'unknown-header': {
    message: (p) => `unknown header ${q(p.header)}: the column is not imported`,
    hint: (p) => `if the column matters, map it to a field in a --map file, e.g. {"${p.header}": "measure"}; otherwise ignore this`,
  },
  'duplicate-column': { message: (p) => `header ${q(p.header)} names the same field as ${q(p.first)}; only the first column is imported`, hint: () => 'remove or rename the duplicate, or map it to null in --map' },
  'unknown-status': { message: (p) => `unknown status ${q(p.value)}`, hint: () => 'write the status as one of 已整改完成, 正在整改, 长期坚持, 基本完成, 未启动' },
  'missing-measure': { message: () => 'this row has no measure (整改措施)', hint: () => 'fill in the measure, or delete the row' },
  'issue-without-measures': { message: () => 'this issue has no measure', hint: () => 'fill in the measures taken against it in the measure column' },
  'missing-issue': { message: () => 'this row has a measure but no issue above it', hint: () => 'fill in the issue this measure addresses' },
  'multiple-leaders': { message: (p) => `an issue has one responsible leader; ${p.others} imported as the issue's owners instead`, hint: () => 'check the first name is the leader; adjust owners in the YAML if needed' },
  'inconsistent-issue-cell': { message: (p) => `the ${q(p.header)} cells of one issue differ: ${q(p.first)} and ${q(p.other)}; imported the first`, hint: () => 'give every row of an issue the same value, or merge the cells' },
  'fill-in': {
    message: (p) => `the workbook has no 台账信息 sheet written by rectify export; these keys hold 【待填写】 placeholders or assumed dates, edit them in the YAML: ${p.keys}`,
    hint: () => 'run rectify validate after editing',
  },
  'meta-unreadable': {
    message: (p) => `the 台账信息 sheet does not hold a valid ledger and was ignored (line ${p.line}: ${p.code})`,
    hint: () => 'rectify export writes that sheet; do not edit it by hand. Report and inspection data fall back to placeholders',
  },
  'sheet-out-of-date': {
    message: (p) => `${p.ledger} changed after ${p.sheet} was exported (${p.items}), and the sheet does not have those changes; importing would undo them, so nothing was changed`,
    hint: (p) => `export the sheet again (rectify export ${p.ledger}), redo your edits in it and import that; or add --force to let the sheet win`,
  },
  'sheet-of-other-ledger': {
    message: (p) => `${p.sheet} was exported from the ledger of "${p.sheetTarget}", and ${p.ledger} is the ledger of "${p.ledgerTarget}"; nothing was changed`,
    hint: (p) => `check the file names: the sheet to import into ${p.ledger} is the one rectify export ${p.ledger} wrote; to let this sheet replace the content of ${p.ledger}, add --force`,
  },
  'missing-metric-id': { message: () => 'this key figure has no 数据编号 (id)', hint: () => 'fill in an id (letters, digits or hyphens, e.g. trained), referred to as {{metrics.ID}}; delete the whole row of a figure you do not want' },
  'placeholder-replaced': {
    message: (p) => `this measure was edited; its ${p.placeholders} is now fixed text`,
    hint: (p) => `to keep the figure following the ledger, write ${p.placeholders} back where the number is; otherwise ignore this`,
  },
  'cell-too-long': { message: (p) => `this text has ${p.length} characters, more than the ${p.max} a spreadsheet cell holds; nothing was exported`, hint: () => 'split it (into several measures, say), or shorten it before exporting; the ledger YAML can keep the whole text' },
  'skipped-row': { message: () => 'this row is one cell merged across the table; taken as a note and not imported', hint: () => 'if it is a measure, unmerge it and fill in the columns' },
  'unterminated-quote': { message: () => 'a quoted CSV field is never closed', hint: () => 'check that the double quotes near this row come in pairs' },
  'unreadable-file': {
    message: (p) => `cannot read this spreadsheet: it is no valid .xlsx or .csv file (damaged, or another kind of file renamed)${p.detail && p.detail !== 'binary' ? ` (${p.detail})` : ''}`,
    hint: () => 'open it in Excel or WPS and Save As an Excel Workbook (.xlsx), then import that; .xlsx and .csv (UTF-8, UTF-16 or GB18030) files are read',
  },
  'yaml-not-sheet': {
    message: (p) => `this is a YAML ${p.kind === 'summary' ? 'summary ledger' : 'ledger'}, not a spreadsheet`,
    hint: (p) => `rectify import reads spreadsheets (.xlsx or .csv); check this ledger with rectify validate ${p.file}` + (p.kind === 'summary' ? '' : `, turn it into a sheet with rectify export ${p.file}`),
  },
  'unsupported-format': { message: () => 'the old .xls format is not supported', hint: () => 'save it as .xlsx in Excel or WPS, then import that' },
  'sheet-too-large': {
    message: (p) =>
      p.reason === 'bounds'
        ? 'the cell lies outside the range Excel allows (1,048,576 rows, 16,384 columns)'
        : p.reason === 'merge'
          ? `merged range too large: reading it would lay out more than ${p.limit} cells`
          : p.reason === 'csv'
            ? `the CSV is too large: more than ${p.limit} cells by this one (or a row wider than 16,384 columns)`
            : p.reason === 'rows'
              ? `the table is too large: more than ${p.limit} rows under its header, this one past them`
              : `sheet too large: more than ${p.limit} cells by this one`,
    hint: (p) =>
      p.reason === 'bounds' || p.maxBytes === undefined
        ? 'delete stray content or merges far from the table (Ctrl+End in Excel finds the last cell), or copy the table to a new sheet'
        : `delete stray content or merges far from the table (Ctrl+End in Excel finds the last cell), or copy the table to a new sheet; for a table this large, add --max-bytes ${p.maxBytes} (four times as many cells are read)`,
  },
  'hidden-sheet-skipped': {
    message: (p) => `the hidden sheet ${q(p.sheet)} also holds a ledger table and was not imported; the visible sheet ${q(p.imported)} was`,
    hint: () => 'to import the hidden sheet instead, unhide it in Excel and remove or hide the other table',
  },
  'hidden-sheet-imported': {
    message: (p) => `the ledger table is on the hidden sheet ${q(p.sheet)}; imported from there`,
    hint: () => 'check that this is the table you meant: no visible sheet holds one',
  },
  'other-table-skipped': {
    message: (p) => `the sheet ${q(p.sheet)} also holds a ledger table (${p.rows} rows) and was not imported; only the first, on ${q(p.imported)}, was`,
    hint: () => 'import one ledger table at a time: merge the tables into one sheet, or save each as its own file',
  },
  'sheet-not-imported': {
    message: (p) => `the sheet ${q(p.sheet)} has ${p.rows} rows of content but no ledger table; not imported`,
    hint: () => 'if it holds measures, move them into the ledger table',
  },
  'row-not-imported': {
    message: () => 'this row has content only in columns that are not imported; not imported',
    hint: () => 'put its content in the issue, measure and other known columns, or map the column with --map',
  },
  'column-without-header': {
    message: (p) => `column ${p.column} has no header; the content of ${p.cells} of its cells is not imported`,
    hint: () => 'give the column a header (e.g. 佐证材料), or map it with --map',
  },
  'import-mismatch': {
    message: () => 'internal error: the YAML written does not read back as the ledger imported; nothing was written',
    hint: () => 'please report the spreadsheet to the rectify maintainers',
  },
  'bad-map': {
    message: (p) =>
      p.rule === 'syntax'
        ? `the --map file is not valid YAML/JSON: ${p.mistake === 'yaml-syntax' ? (SYNTAX[String(p.kind)] ?? SYNTAX.other!)[0] : (MAP_MISTAKE[String(p.mistake)] ?? 'the YAML is not well formed')}`
        : p.rule === 'not-a-mapping'
          ? 'the --map file must be a mapping of header text to field, e.g. {"反馈意见": "issue"}'
          : `--map: header "${p.header}" maps to unknown field "${p.value}"`,
    hint: (p) => (p.rule === 'syntax' && p.fixed ? `${fix(p)}; ` : '') + `a field is one of ${p.fields}, a Chinese header such as 整改措施, or null to ignore the column`,
  },

  // ---- templates and layout (core/render, core/docx) ----
  'unknown-template-set': { message: (p) => `there is no shipped template set "${p.name}"`, hint: (p) => `shipped sets: ${p.known}; or name your own folder with --templates DIR` },
  'template-dir-missing': { message: () => 'the template folder does not exist or is not a folder', hint: () => 'check the --templates path; rectify templates export default DIR makes one' },
  'template-missing': { message: () => 'the template file does not exist', hint: (p) => `a template folder holds ${p.main ?? 'report.md.hbs'} and partials/*.hbs; rectify templates export ${p.set ?? 'default'} DIR makes one` },
  'template-not-a-file': { message: () => 'a template must be a regular file inside the template folder (not a symbolic link or a folder)', hint: () => 'copy the file into the folder instead of linking it' },
  'template-too-large': { message: (p) => `the template file has ${p.size} bytes, over the ${p.max}-byte limit`, hint: () => 'a template is a few kilobytes; check that the file is the one you meant' },
  'template-bad-name': { message: (p) => `partial name "${p.name}" is not allowed: lower-case letters, digits and hyphens only`, hint: () => 'rename the file, e.g. part-one.hbs' },
  'template-error': {
    message: (p) =>
      ({
        syntax: `template syntax error: ${p.detail}`,
        'partial-missing': `partial "${p.name}" does not exist`,
        compile: `template error: ${p.detail}`,
        'unknown-field': `the template uses ${p.field}, which does not exist`,
        'too-deep': `blocks or partials nest deeper than ${p.max} levels`,
        recursion: `partials call each other and would never stop: ${p.chain}`,
        'too-large': `the template wrote more than ${p.max} characters; stopped`,
        'too-many-steps': `the template took more than ${p.max} steps (blocks, loop steps, partials); stopped`,
      })[String(p.kind)] ?? `template failed: ${p.detail}`,
    hint: (p) =>
      ({
        syntax: 'check that every {{ has its }} and every block is closed',
        'partial-missing': `partials live in the set's folder as partials/${p.name}.hbs`,
        compile: `available helpers: ${p.helpers}`,
        'unknown-field': 'check the field name; the fields and helpers templates can use are in docs/templates.md',
        'too-deep': 'nest fewer {{#…}} blocks and partials; a report template needs a few levels',
        recursion: 'remove the loop between the partials (nothing in a ledger needs recursion)',
        'too-large': 'look for partials or loops that repeat each other (a partial calling another twice doubles the output at every level)',
        'too-many-steps': 'look for loops inside loops, or partials calling partials over and over',
      })[String(p.kind)] ?? 'the fields and helpers templates can use are in docs/templates.md',
  },
  'template-kind-mismatch': {
    message: (p) => `template set ${p.set} is written for ${p.kinds} reports but the ledger's kind is "${p.kind}": the report would mix both wordings`,
    hint: (p) => `build a ${p.kind} ledger with the default set (drop --template), or check whether inspection.kind should be ${p.kinds}`,
  },
  'layout-unreadable': { message: (p) => `cannot read the layout file: ${reason(p.reason)}`, hint: () => 'layout.json must be a regular file in the template folder (not a symbolic link)' },
  'layout-not-json': { message: (p) => `the layout file is not valid JSON: ${p.detail}`, hint: () => 'check commas and quotes; JSON has no comments' },
  'layout-unknown-key': { message: (p) => `${p.key}: unknown layout key`, hint: (p) => `known keys here: ${p.known}` },
  'layout-invalid': {
    message: (p) =>
      `${p.key}: ${
        p.rule === 'number'
          ? `expected a number of ${UNIT[String(p.unit)] ?? p.unit} between ${p.min} and ${p.max}`
          : p.rule === 'geometry'
            ? `the ${p.orientation} text block (the attachment is landscape) is only ${p.across} × ${p.down} mm; it needs at least ${p.min} × ${p.min} mm`
            : p.rule === 'font'
            ? 'expected a font name (no space at either end, no control characters, U+FFFE or other characters a document cannot carry, no < > & ")'
            : p.rule === 'boolean'
              ? 'expected true or false'
              : p.rule === 'enum'
                ? `expected one of ${p.values}`
                : 'expected an object'
      }, got ${p.value}`,
    hint: (p) => (p.rule === 'geometry' ? 'make the margins smaller or the page larger (page.width, page.height, page.margins) so the text block fits both ways' : p.rule === 'number' ? `write a bare number, e.g. ${p.example}` : p.rule === 'font' ? 'e.g. "仿宋_GB2312"' : p.rule === 'object' ? 'write it as { "key": value, … }' : ''),
  },
  'report-too-long': {
    message: (p) => `the report would lay out ${p.paragraphs} paragraphs (each table cell counts as one), more than the limit of ${p.limit} (about 700 pages)`,
    hint: (p) => `no rectification report is this long: check that the ledger was not imported twice; to build it anyway, add --max-paragraphs ${p.paragraphs}`,
  },
  'unmapped-markdown': {
    message: (p) => p.construct === 'unknown-fence' ? `unknown fenced block ::: ${p.fence}` : `the .docx writer cannot place ${CONSTRUCT[String(p.construct)] ?? `a ${p.construct}`}${p.fence ? ` inside ::: ${p.fence}` : ''}${p.sample ? `: ${p.sample}` : ''}`,
    hint: (p) => p.construct === 'unknown-fence' ? `known blocks: ${p.known}` : 'use only the constructs of docs/report-markdown.md (headings #–#####, paragraphs, **bold**, ::: blocks, a pipe table inside ::: attachment); escape literal characters with \\',
  },
  'bad-fenced-block': {
    message: (p) =>
      ({
        to: `::: to holds one paragraph, found ${p.found}`,
        subtitle: `::: subtitle holds one paragraph, found ${p.found}`,
        speaker: `::: speaker holds one paragraph, found ${p.found}`,
        'attachment-note': '::: attachment-note is empty',
        signature: `::: signature holds the issuing unit then the date, found ${p.found} paragraph(s)`,
        'attachment-label': '::: attachment must start with its label paragraph (附件 or 附件1)',
        masthead: `::: masthead holds the issuing authority's mark, then at most a document number and a "签发人：NAME" paragraph; found ${p.found} paragraph(s)`,
        colophon: `::: colophon holds an optional "抄送：…。" paragraph, the printing office, and the printing date ending in 印发; found ${p.found} paragraph(s)`,
        nested: `::: ${p.fence} opened inside ::: ${p.outer} (line ${p.outerLine}); fenced blocks do not nest`,
        'stray-close': '":::" closes no open block',
        unclosed: `::: ${p.fence} is never closed`,
      })[String(p.rule)] ?? `a fenced block is written wrongly (${p.rule})`,
    hint: (p) => (p.rule === 'nested' ? 'close the first block with a line ":::"' : p.rule === 'unclosed' ? 'end it with a line ":::"' : 'see docs/report-markdown.md'),
  },
  'duplicate-title': { message: () => 'a second # title in the document body', hint: () => 'the body has one title; an attachment takes its own inside ::: attachment' },

  // ---- files and outputs (host, app) ----
  'not-found': { message: () => 'no such file', hint: (p) => (p.input === 'docx' ? 'check the file name and folder' : 'check the file name and folder; a ledger can be read from standard input with -') },
  'is-directory': {
    message: () => 'this is a folder, not a file',
    hint: (p) =>
      p.input === 'docx'
        ? 'name the .docx file inside it'
        : p.input === 'summary'
          ? `rectify summary takes the summary ledger file first, then the unit ledgers or their folders, e.g. rectify summary ${p.example}`
          : 'name a file inside it, e.g. ledger.yaml',
  },
  'read-failed': { message: (p) => `cannot read it: ${reason(p.reason)}`, hint: (p) => (p.reason === 'not-a-file' ? 'name a regular file; to read a ledger from a pipe, use - for standard input' : 'check the file permissions') },
  'init-not-a-folder': { message: (p) => `init takes a folder and writes ledger.yaml in it; ${p.dir} is a file name`, hint: (p) => `to write ledger.yaml in ${p.parent}: rectify init ${p.parent}; or name a new folder, e.g. rectify init ${p.folder}` },
  'write-failed': {
    message: (p) => `cannot write ${p.target}: ${reason(p.reason)}${REASON[String(p.reason)] ? ` (${p.reason})` : ''}${p.untouched ? '; no existing file was changed' : ''}`,
    hint: (p) => REASON_HINT[String(p.reason)] ?? 'check that the output folder exists and is writable',
  },
  'would-overwrite': { message: (p) => `${p.target} exists; nothing was changed`, hint: () => 'add --force to overwrite it, or name another file or folder with -o' },
  'output-is-input': { message: (p) => `the output would overwrite the input: ${p.target}`, hint: () => 'choose another output file or folder with -o; name ledgers .yaml' },
  'output-collision': { message: (p) => `${p.other} and this ledger would both write ${p.target}`, hint: () => 'build them separately or rename one ledger' },
  'target-not-empty': { message: () => 'the target exists and is not an empty folder', hint: () => 'choose a new folder name' },
  'no-ledgers': { message: () => 'no ledgers (*.yaml, *.yml) in this folder', hint: () => 'name ledger files or a folder that holds them; subfolders are not read' },
  'schema-missing': { message: (p) => `cannot read the JSON Schema installed with rectify: ${reason(p.reason)}`, hint: () => 'reinstall rectify' },
  'redaction-failed': {
    message: (p) =>
      p.found
        ? `public version: ${p.target} would still show masked text: ${found(p.found)}; nothing was written`
        : `public version: ${p.target} holds character references the masking check cannot read: ${String(p.unreadable ?? '').split(' ').join(', ')}; nothing was written`,
    hint: (p) =>
      p.found
        ? 'a masked string is split by formatting (e.g. **青**禾, an HTML comment, an empty link), spelt as character references, or written by the template or layout (e.g. as a font name), or a mask re-creates masked text; write it in one piece so masking finds it, or leave it out of the template and layout'
        : 'write the character itself in the template instead of a named reference such as &eacute;',
  },
  'soffice-missing': { message: () => 'cannot write the PDF: LibreOffice (soffice) is not on the PATH', hint: () => 'install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or leave pdf out of --format' },
  'pdf-failed': { message: (p) => `LibreOffice could not convert the .docx to PDF (exit ${p.exit})${p.detail ? `: ${p.detail}` : ''}`, hint: (p) => (p.check ? 'open the file in LibreOffice to see what it refuses, or skip the printed checks with --print never' : 'open the .docx in LibreOffice to see what it refuses') },
  'font-substituted': {
    message: (p) => `this machine lacks official faces; the PDF uses free faces of the same style instead: ${String(p.substitutions ?? '').split('\n').map((l) => l.split('\t').join(' → ')).join('; ')}`,
    hint: () => 'the .docx is unchanged and shows the official faces where they are installed; install them and build again for a PDF in them too (free stand-ins on Debian: apt-get install fonts-noto-cjk fonts-arphic-ukai fonts-arphic-uming)',
  },
  'bad-source-date-epoch': { message: (p) => `the environment variable SOURCE_DATE_EPOCH holds ${q(p.value)}, not a time`, hint: () => 'write whole seconds since 1970, e.g. SOURCE_DATE_EPOCH=1701388800; or unset it, and dates come from the report date' },
  'stream-failed': { message: (p) => `cannot write to ${p.stream === 'stdout' ? 'standard output' : 'standard error'}: ${reason(p.reason)}`, hint: () => 'check where the output is redirected (is the disk full?)' },
  'internal-error': { message: (p) => `internal error: ${p.detail}`, hint: (p) => (p.batch ? 'build this ledger alone to see whether the failure repeats; ' : '') + 'please report the command and the ledger to the maintainers (RECTIFY_DEBUG=1 shows details)' },

  // ---- rectify check: a .docx that cannot be read or printed (host) ----
  'docx-too-large': { message: (p) => `the file has ${s(p.size)} bytes, over the ${s(p.max)}-byte limit`, hint: () => 'official documents are far below 50 MiB; raise the limit with --max-bytes if you must' },
  'not-regular': { message: () => 'this is not a regular file', hint: () => 'rectify check reads regular files only (no pipes or devices); save it as a .docx file first' },
  'not-zip': { message: () => 'this is not a .docx file (not a zip archive)', hint: () => REOPEN },
  'corrupt-zip': { message: (p) => `the file is damaged and cannot be unpacked (${s(p.where)})`, hint: () => 'the file may be incompletely downloaded or copied: fetch it again, or let Word/WPS repair it and save it as .docx' },
  'entry-too-large': {
    // the same refusal for a workbook being imported (input: sheet) and a .docx being checked
    message: (p) =>
      p.input === 'sheet'
        ? `the part ${p.entry} of the workbook inflates to more than ${p.max} bytes; not read`
        : p.xml
          ? `its XML parts unpack to more than ${Math.round(Number(p.max) / MIB)} MiB together (a document of some 1,000 pages), at ${s(p.entry)}; refused`
          : `${s(p.entry)} in it unpacks to more than ${Math.round(Number(p.max) / MIB)} MiB; refused`,
    hint: (p) =>
      p.input === 'sheet'
        ? 'the file may be damaged or a zip bomb; for a genuinely large workbook raise --max-bytes (each part may inflate to 10 times it)'
        : p.xml
          ? 'the file may be a zip bomb; a document genuinely this long is checked in parts, as separate files'
          : 'no real document is that large; if you must check it, save a copy from Word/WPS first',
  },
  encrypted: { message: () => 'the file is encrypted', hint: () => 'remove the password in Word/WPS (File → Info → Protect Document) and check again' },
  'unsupported-compression': { message: (p) => `${s(p.entry)} in it uses an unsupported compression method (${s(p.method)})`, hint: () => REOPEN },
  'no-document': { message: () => 'the file has no word/document.xml: not a Word document', hint: () => REOPEN },
  'bad-xml': { message: (p) => `${s(p.part)} in it is not well-formed XML (line ${s(p.line)}, column ${s(p.column)}: ${s(p.detail)})`, hint: () => 'the file is damaged: let Word/WPS repair it and save it as .docx' },
  'print-tools-missing': { message: (p) => `cannot check how it prints: ${s(p.missing)} not found on the PATH`, hint: () => `install LibreOffice and poppler: ${PRINT_INSTALL}; or use --print never to check the document settings only` },
  'pdftotext-failed': { message: (p) => `pdftotext could not read the printed PDF (exit ${s(p.exit)})${p.detail ? `: ${s(p.detail)}` : ''}`, hint: () => `check the poppler installation (${PRINT_INSTALL}), or skip the printed checks with --print never` },
  'print-timeout': { message: (p) => `${s(p.tool)} took more than ${s(p.seconds)} s and was stopped`, hint: () => 'raise the limit with --print-timeout for a very large file, or skip the printed checks with --print never' },

  // ---- rectify check: the GB/T 9704 rules (core/check); a failed rule is exit 1 ----
  'gbt-page-a4': {
    message: (p) =>
      p.orientation === 'missing'
        ? `section ${s(p.section)} sets no paper size`
        : p.section === 1 && p.orientation === 'landscape'
          ? `section 1, the body, is landscape (${s(p.widthMm)} × ${s(p.heightMm)} mm); it must be portrait A4`
          : `section ${s(p.section)} is ${s(p.widthMm)} × ${s(p.heightMm)} mm, not A4 (210 × 297 mm)`,
    hint: () => A4_HINT,
  },
  'gbt-page-margins': {
    message: (p) => `section ${s(p.section)} has margins top ${s(p.topMm)}, bottom ${s(p.bottomMm)}, left ${s(p.leftMm)}, right ${s(p.rightMm)} mm; GB/T 9704 wants 37, 35, 28, 26 mm (±1 mm)`,
    hint: () => MARGIN_HINT,
  },
  'gbt-title': {
    message: (p) => (p.text === '' ? 'no title found' : `the title must be 22pt (size 2) Xiaobiaosong, centred; "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}, ${align(p.align)}`),
    hint: () => 'select the title and set the East Asian font to 方正小标宋简体, size 2 (22pt), centred; break a long title into a trapezoid or diamond (GB/T 9704 7.3.1)',
  },
  'gbt-addressee': {
    message: (p) => {
      const issues: string[] = [];
      if (p.ending !== '：') issues.push(`ends in "${s(p.ending)}" instead of a full-width colon "："`);
      if (p.firstLineTwips !== 0 || p.leftTwips !== 0) issues.push(`is indented (first line ${pt(p.firstLineTwips)}pt, left ${pt(p.leftTwips)}pt) instead of flush left`);
      if (!['left', 'both', 'distribute'].includes(s(p.align))) issues.push(`is aligned ${align(p.align)} instead of left`);
      return `the addressee "${s(p.text)}" ${issues.join('; ')}`;
    },
    hint: () => 'set the addressee flush left one line under the title (Paragraph: Special: none, left indent 0) and end it with a full-width colon "：" (GB/T 9704 7.3.2)',
  },
  'gbt-heading1': {
    message: (p) => `first-level headings ("一、") must be 16pt (size 3) Heiti; ${s(p.off)} of ${s(p.paragraphs)} are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the East Asian font of first-level headings to 黑体 (SimHei), size 3 (16pt), best in their paragraph style (Home → Styles → Modify); bold is optional',
  },
  'gbt-heading2': {
    message: (p) => `second-level headings ("（一）") must be 16pt (size 3) Kaiti; ${s(p.off)} of ${s(p.paragraphs)} are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the East Asian font of second-level headings to 楷体_GB2312 (or KaiTi), size 3 (16pt); text run on after the heading stays in FangSong',
  },
  'gbt-heading3': {
    message: (p) => `third-level headings ("1.") must be 16pt (size 3) FangSong; ${s(p.off)} of ${s(p.paragraphs)} are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => 'set the East Asian font of third-level headings to 仿宋_GB2312 (or FangSong), size 3 (16pt)',
  },
  'gbt-body-font': {
    message: (p) =>
      p.paragraphs === 0
        ? 'no body text found (paragraphs other than the title and signature that are neither centred nor right-aligned)'
        : `body text must be 16pt (size 3) FangSong; ${s(p.off)} of ${s(p.paragraphs)} paragraphs are not, e.g. "${s(p.text)}" is ${s(p.sizePt)}pt ${s(p.font)}`,
    hint: () => "set the Normal/body style's East Asian font to 仿宋_GB2312 (or FangSong), size 3 (16pt) (Home → Styles → Normal → Modify), then clear fonts set by hand on single words (Clear Formatting)",
  },
  'gbt-latin-font': {
    message: (p) => `digits and Latin letters are customarily Times New Roman; ${s(p.off)} of ${s(p.runs)} runs are not, e.g. "${s(p.text)}" uses ${s(p.font)}`,
    hint: () => 'in the Font dialog set the Latin text font to Times New Roman and keep the Asian font; this is common practice, not GB/T 9704 itself',
  },
  'gbt-cjk-punctuation-font': {
    message: (p) => `${s(p.off)} of ${s(p.runs)} runs with Chinese quotes, ellipses or dashes will be set half-width in the Latin font ${s(p.hAnsi)}, e.g. "${s(p.text)}"`,
    hint: () => 'Word sets “”‘’…— in the Latin (hAnsi) font unless told otherwise: select them and choose "(Use Asian text font)" as the Latin font in the Font dialog, or give Times New Roman to digits and letters only',
  },
  'gbt-first-line-indent': {
    message: (p) => `body and heading paragraphs must start two characters in and wrap flush left; ${s(p.off)} of ${s(p.paragraphs)} do not, e.g. "${s(p.text)}" (${indent(p)})`,
    hint: () => 'Paragraph → Indentation → Special: First line, By: 2 characters, left and right indents 0 (Word and WPS); do not indent with spaces',
  },
  'gbt-line-pitch': {
    message: (p) =>
      `the line pitch must give 22 lines a page (exactly about 28.95pt, or a 22-line document grid); ${s(p.off)} of ${s(p.paragraphs)} paragraphs do not, e.g. "${s(p.text)}" has ${lineSpacing(p)}${p.linesPerPage ? `, ${s(p.linesPerPage)} lines a page` : ''}`,
    hint: () => LINE_HINT,
  },
  'gbt-page-number-field': {
    message: (p) => {
      const footer = FOOTER[s(p.footer)] ?? '';
      switch (p.problem) {
        case 'missing':
          return `section ${s(p.section)} has no ${footer} footer, so no page number`;
        case 'no-field':
          return `the ${footer} footer of section ${s(p.section)} has no PAGE field${p.text ? `: "${s(p.text)}"` : ''}`;
        case 'no-dashes':
          return `a page number needs an em dash on each side ("— 1 —"); the ${footer} footer of section ${s(p.section)} reads "${s(p.text)}" (N the number)`;
        case 'restart':
          return `page numbering restarts at ${s(p.text)} in section ${s(p.section)}; it must run on through the attachments`;
        default:
          return 'page numbers do not follow GB/T 9704 7.5';
      }
    },
    hint: (p) => (p.problem === 'restart' ? 'set the page number format to "Continue from previous section" (Word: Insert → Page Number → Format Page Numbers; WPS: Page Number → Settings)' : PAGE_NUMBER_HINT),
  },
  'gbt-page-number-sides': {
    message: (p) => {
      switch (p.problem) {
        case 'no-even-odd':
          return '"Different Odd & Even Pages" is off, so page numbers cannot stand right on odd pages and left on even pages';
        case 'odd-side':
          return `odd-page numbers of section ${s(p.section)} are ${align(p.oddSide)}; they belong on the right`;
        case 'odd-space':
          return `odd-page numbers of section ${s(p.section)} stand ${s(p.oddSpaceChars)} characters from the right edge of the text block; one character is wanted`;
        case 'even-missing':
          return `section ${s(p.section)} has no even-page footer with a page number, so even pages show none`;
        case 'even-side':
          return `even-page numbers of section ${s(p.section)} are ${align(p.evenSide)}; they belong on the left`;
        case 'even-space':
          return `even-page numbers of section ${s(p.section)} stand ${s(p.evenSpaceChars)} characters from the left edge of the text block; one character is wanted`;
        default:
          return 'page-number placement does not follow GB/T 9704 7.5';
      }
    },
    hint: () => SIDES_HINT,
  },
  'gbt-page-number-size': {
    message: (p) => `page numbers must be 14pt (size 4); the ${FOOTER[s(p.footer)] ?? ''} footer of section ${s(p.section)} has ${s(p.sizePt)}pt`,
    hint: () => 'select the page number and its dashes in the footer and set size 4 (14pt), font SimSun',
  },
  'gbt-signature-placement': {
    message: (p) =>
      p.problem === 'no-unit'
        ? `no issuing unit on the line above the date "${s(p.date)}"`
        : `the signature "${s(p.unit)}" and date "${s(p.date)}" are not placed as 7.3.5 says: unit ${s(p.unitRightChars)} characters from the right, date ${s(p.dateRightChars)}, the date starting ${s(p.dateOffsetChars)} characters right of the unit, ${s(p.blankLinesAbove)} blank lines above`,
    hint: () =>
      'without a seal (7.3.5.2): one blank line under the body, the unit right-aligned with a two-character right indent, the date on the next line starting two characters right of the unit (a longer date keeps two characters on the right and the unit moves left); with a seal (7.3.5.1): the date four characters from the right, the unit centred over it. Use Paragraph → Indentation → Right in characters, not spaces',
  },
  'gbt-date-format': {
    message: (p) => `the date "${s(p.date)}" must be in Arabic digits with the full year and no leading zeros, e.g. 2023年9月2日`,
    hint: () => 'write it as 2023年9月2日, not 二〇二三年九月二日 nor 2023年09月02日 (GB/T 9704 7.3.5.4)',
  },
  'gbt-attachment-label': {
    message: (p) => {
      switch (p.problem) {
        case 'not-new-page':
          return `the attachment "${s(p.label)}" must start a new page`;
        case 'not-left':
          return `"${s(p.label)}" must stand flush left on the first line of the text block (it is ${align(p.align)}, indented ${s(p.indentChars)} characters)`;
        case 'font':
          return `"${s(p.label)}" must be 16pt (size 3) Heiti; it is ${s(p.sizePt)}pt ${s(p.font)}`;
        default:
          return 'the attachment label does not follow GB/T 9704 7.3.7';
      }
    },
    hint: () =>
      'start the attachment on a new page with a section break (Word: Layout → Breaks → Next Page; WPS: Page Layout → Breaks → Next Page Section Break); set 附件 and its number in size 3 Heiti, flush left; an attached table may sit in a landscape section',
  },
  'gbt-attachment-title': {
    message: (p) => {
      switch (p.problem) {
        case 'missing':
          return `no title after the attachment label "${s(p.label)}"`;
        case 'not-centred':
          return `the attachment title "${s(p.title)}" must be centred (it is ${align(p.align)})`;
        case 'not-third-line':
          return `the attachment title "${s(p.title)}" belongs on the third line, one blank line under "${s(p.label)}" (${s(p.blankLines)} blank lines now)`;
        default:
          return 'the attachment title does not follow GB/T 9704 7.3.7';
      }
    },
    hint: () => 'leave one blank line under 附件 and centre the attachment title on the third line',
  },
  'gbt-print-a4': {
    message: (p) => (p.pages === 0 ? 'LibreOffice printed no pages' : `printed page ${s(p.page)} is ${s(p.widthPt)} × ${s(p.heightPt)}pt, not A4 (595 × 842pt)`),
    hint: () => A4_HINT,
  },
  'gbt-print-line-pitch': {
    message: (p) => `the printed line pitch (median baseline distance) is ${s(p.medianPt)}pt; 27.5–30pt is wanted`,
    hint: () => LINE_HINT,
  },
  'gbt-print-lines-per-page': {
    message: (p) => `full printed pages hold at most ${s(p.maxLines)} lines; 22 are wanted${p.perPage ? ` (per page: ${s(p.perPage)})` : ''}`,
    hint: () => `${LINE_HINT}; above 28.95pt only 21 lines fit; check the top and bottom margins (37, 35 mm) too`,
  },
  'gbt-print-chars-per-line': {
    message: (p) => `full printed lines hold a median of ${s(p.medianChars)} characters (${s(p.lines)} lines); 28 are wanted`,
    hint: () =>
      '28 characters of 16pt are wider than the 156 mm block: condense character spacing by 0.25pt (Font → Advanced → Spacing) or use a grid of 28 characters a line (Page Setup → Document Grid); check the left and right margins (28, 26 mm)',
  },
  'gbt-print-page-numbers': {
    message: (p) =>
      p.pages === 0
        ? 'LibreOffice printed no pages'
        : p.found === 'none'
          ? `printed page ${s(p.page)} has no "— ${s(p.page)} —" at its foot (${s(p.numbered)} numbers found on ${s(p.pages)} pages)`
          : `printed page ${s(p.page)} is numbered ${s(p.found)}, not ${s(p.page)}`,
    hint: () => `${PAGE_NUMBER_HINT}; number from 1 and run on through the attachments`,
  },
  'gbt-masthead': {
    message: (p) =>
      ({
        'no-issuer': `no centred issuing authority's mark above the document number "${s(p.number)}"`,
        'issuer-not-centred': `the issuing authority's mark "${s(p.issuer)}" must be centred`,
        'issuer-not-red': `the issuing authority's mark "${s(p.issuer)}" must be red; it is ${s(p.color)}`,
        'number-not-centred': `the document number "${s(p.number)}" belongs centred two lines under the mark (it is ${align(p.align)})`,
        'number-not-left': `with a signer on its line the document number stands one character in from the left (it is ${align(p.align)}, indented ${s(p.indentChars)} characters) and the signer one character in from the right`,
        'no-red-rule': `a red rule the width of the text block belongs 4 mm under the document number (found: ${s(p.rule)})`,
      })[s(p.problem)] ?? 'the masthead does not follow GB/T 9704 7.2',
    hint: () =>
      'masthead (GB/T 9704 7.2): the issuing mark in red Xiaobiaosong, centred; two lines under it the document number, centred, or for a report filed upward one character in from the left with 签发人： and the name one character in from the right; 4 mm under that line a red rule the width of the text block (Paragraph → Borders → bottom, red)',
  },
  'gbt-colophon': {
    message: (p) =>
      ({
        'not-last': `the colophon belongs on the last page; ${s(p.after)} paragraph(s) follow it`,
        date: `the printing date "${s(p.printed)}" must be in Arabic digits with the full year, no leading zeros, followed by 印发`,
        'no-rules': `the colophon lacks its first or last rule (above: ${s(p.ruleAbove)}, below: ${s(p.ruleBelow)})`,
      })[s(p.problem)] ?? 'the colophon does not follow GB/T 9704 7.4',
    hint: () =>
      'colophon (GB/T 9704 7.4): at the foot of the last (even) page, size 4 FangSong: the copies-to line one character in on both sides; the printing office one character in from the left and the date, followed by 印发, one character in from the right; a thick rule (0.35 mm) above and under it, a thin one (0.25 mm) between',
  },
  'gbt-print-colophon': {
    message: (p) =>
      ({
        'not-last': `the colophon is printed on page ${s(p.page)}, not the last of ${s(p.pages)}`,
        'odd-page': `the colophon is printed on page ${s(p.page)}, an odd page; it belongs on an even page (the back of the last sheet)`,
        'not-at-foot': `the colophon is printed in the upper part of page ${s(p.page)} (${s(p.bottomPt)}pt above the page's foot); it belongs at the foot of the text block`,
        'own-sheet': `the colophon stands alone on page ${s(p.page)} after a blank page, though the text's last page (page ${Number(p.page) - 2}, an even page) has room for it at its foot: it belongs there, with no sheet added`,
      })[s(p.problem)] ?? 'the colophon is not placed as GB/T 9704 7.4 says',
    hint: (p) =>
      p.problem === 'own-sheet'
        ? 'delete the section break and blank lines before the colophon so it follows the text, then push it to the foot of that page with blank lines'
        : 'put the colophon at the foot of the last page; when that page is odd, insert an even-page section break before it (Word: Layout → Breaks → Even Page)',
  },
  'gbt-print-page-number-sides': {
    message: (p) => `the number ${s(p.number)} on printed page ${s(p.page)} stands ${s(p.side)}; ${Number(p.number) % 2 ? 'odd pages want it on the right' : 'even pages want it on the left'}`,
    hint: () => SIDES_HINT,
  },

  // ---- the command line (app) ----
  usage: { message: (p) => (USAGE[String(p.kind)] ?? (() => `command line error (${p.kind})`))(p), hint: (p) => (p.suggestion ? `did you mean ${p.suggestion}? ` : '') + 'add --help for the usage and examples' },
  'unknown-format': { message: (p) => (p.formats ? `unknown output format: ${p.formats}` : 'no output format given'), hint: (p) => `formats: ${p.known}, comma separated, e.g. --format md,docx` },
  cancelled: { message: () => 'cancelled; nothing was written', hint: () => 'run rectify init again; with --yes it asks nothing and takes the options or the defaults' },
  'output-file': {
    message: (p) => (p.reason === 'ledgers' ? `-o ${p.file} is a file name, but ${p.count} ledgers are being built` : `-o ${p.file} is a ${p.format} file, but --format asks for ${p.formats}`),
    hint: () => 'for several ledgers or formats give -o a folder (e.g. -o out/); a file name only for one ledger in one format',
  },
  'overdue-only': { message: (p) => `--format ${p.format} is for --overdue (the follow-up list) only`, hint: () => 'add --overdue for the follow-up list, or use --format human or json' },
  'watch-stdin': { message: () => '--watch cannot read standard input', hint: () => 'name the ledger files' },
  'round-date': {
    message: (p) => `${Number(p.given) ? `the new round's report date ${p.date}` : `no --date given, so the new round is dated today, ${p.date}, which`} is not after the last round's ${p.last}`,
    hint: (p) => `give this round's report date (after ${p.last}) with --date, e.g. rectify next ${p.file} --date ${p.suggested}`,
  },
  'stdin-twice': { message: () => 'OLD and NEW cannot both be - (standard input can be read once)', hint: () => 'save one of the rounds to a file first' },

  // ---- interface text ----
  'report.path': { message: () => 'path' },
  'report.hint': { message: () => 'hint' },
  'report.summary': { message: (p) => `${p.errors} error(s), ${p.warnings} warning(s)` },
  'report.omitted': { message: (p) => `${p.count} more of this kind not listed one by one (the first ${p.shown} of each kind are; --format json lists them all)` },
  'output.wrote': { message: (p) => `wrote ${p.file}` },
  'build.wrote': { message: (p) => `wrote ${p.file}` },
  'batch.summary': { message: (p) => `built ${p.built} of ${p.total} ledgers${p.where ? ` into ${p.where}` : ''}${Number(p.failed) > 0 ? `, ${p.failed} failed:` : ''}` },
  'batch.failed-ledger': { message: (p) => `  ${p.file} (${p.why === 'invalid' ? 'invalid ledger' : 'could not be built'})` },
  'validate.clean': { message: (p) => `${p.files}: no problems found` },
  'summary.wrote': {
    message: (p) =>
      `wrote ${String(p.files).split('\n').join(', ')} (${p.units} units, ${p.issues} issues, ${p.done} done, ${p.rate}${Number(p.left) > 0 ? `; ${p.left} invalid unit ledger(s) left out` : ''})`,
  },
  'summary.not-written': {
    message: (p) =>
      `no summary written${p.invalid ? `: these unit ledgers are invalid\n${p.invalid}` : ''}${Number(p.allow) > 0 ? '\nfix them and run again, or add --allow-invalid to leave them out and summarise the others' : ''}`,
  },
  'check.summary': {
    message: (p) =>
      [`${s(p.pass)} ${Number(p.pass) === 1 ? 'rule passes' : 'rules pass'}`, `${s(p.fail)} ${Number(p.fail) === 1 ? 'fails' : 'fail'}`, ...(Number(p.absent) > 0 ? [`${s(p.absent)} not applicable`] : [])].join(', ') +
      (p.printSkipped ? ` (printing not checked: ${s(p.printSkipped)} not found; ${PRINT_INSTALL})` : ''),
  },
  'check.pass': { message: (p) => `pass: ${RULE_NAME[s(p.rule)] ?? s(p.rule)}` },
  'check.absent': { message: (p) => `not applicable: ${RULE_NAME[s(p.rule)] ?? s(p.rule)} (${RULE_ABSENT[s(p.rule)] ?? ''})` },
  'export.invalid': { message: () => 'the ledger has errors; nothing was exported' },
  'import.failed': { message: (p) => `${p.errors} error(s) (above); ${p.ledger ? `${p.ledger} was not changed` : 'nothing was written'}` },
  'import.unchanged': { message: (p) => `the sheet agrees with ${p.ledger}; nothing changed` },
  'import.updated': { message: (p) => `updated ${p.ledger}` },
  'import.rows': {
    message: (p) =>
      `read ${p.read} row(s) of sheet "${p.sheet}"` +
      (p.issues !== undefined ? `: imported ${p.issues} issue(s) and ${p.measures} measure(s)` : '') +
      (Number(p.skipped) > 0 ? `; ${p.skipped} row(s) not imported (see above)` : ''),
  },
  'import.fill-in-comment': { message: (p) => `Generated by rectify import from a hand-made spreadsheet.\nThese keys hold 【待填写】 placeholders or assumed dates; edit them: ${p.keys}\nRun rectify validate after editing.` },
  'next.invalid': { message: (p) => `${p.ledger} has errors; no new round was started` },
  'next.comment': { message: (p) => `previous round: ${p.from} (report date ${p.date}); this ledger was started from it by rectify next` },
  'next.wrote': { message: (p) => `started the new round: ${p.file} (report date ${p.date})` },
  'next.then': { message: (p) => `next: update this round's progress in ${p.ledger}, or
  rectify export ${p.ledger}
  (edit ${p.sheet}, then) rectify import ${p.sheet} --into ${p.ledger}` },
  'init.created': { message: (p) => `created ${p.files}` },
  'init.next': { message: (p) => `next: edit ${p.ledger} following its comments, then run\n  rectify validate ${p.ledger}\n  rectify build ${p.ledger}` },
  'init.ask': { message: (p) => (p.fallback ? `${p.question} [${p.fallback}]: ` : `${p.question}: `) },
  'init.ask.unit': { message: () => 'Inspected organisation (signs the report)' },
  'init.ask.kind': { message: (p) => `Inspection kind (${p.kinds})` },
  'init.ask.bad-kind': { message: (p) => `Answer one of ${p.kinds}.` },
  'init.ask.by': { message: (p) => `Inspection team (${p.kind}组), e.g. ${p.example} (press Enter if unknown: the ledger keeps 【待填写】)` },
  'templates.exported': { message: (p) => `exported template set ${p.name} to ${p.dir}; build with --templates ${p.dir}` },
  'watch.templates-broken': { message: (p) => `[${p.time}] the templates have errors; waiting for a fix` },
  'watch.wrote': { message: (p) => `[${p.time}] wrote ${String(p.files).split('\n').join(', ')}` },
  'watch.failed': { message: (p) => `[${p.time}] ${p.file}: failed (${p.why === 'invalid' ? 'invalid ledger' : 'could not be built'})` },
  'watch.watching': { message: (p) => `[${p.time}] watching ${p.ledgers} ledger(s) and the templates in ${p.templates}; Ctrl+C to stop` },

  // ---- rectify diff and rectify stats (app/report) ----
  'diff.heading': { message: () => 'Rectification progress between rounds' },
  'diff.rounds': { message: (p) => `${p.from} → ${p.to}` },
  'diff.issues': { message: () => 'Issues' },
  'diff.measures': { message: () => 'Measures' },
  'diff.metrics': { message: () => 'Metrics' },
  'diff.done': { message: () => 'done' },
  'diff.issuesTotal': { message: () => 'Issues' },
  'diff.issuesDone': { message: () => 'Issues done' },
  'diff.measuresTotal': { message: () => 'Measures' },
  'diff.measuresDone': { message: () => 'Measures done' },
  'diff.previous': { message: () => 'previous' },
  'diff.current': { message: () => 'current' },
  'diff.change': { message: () => 'change' },
  'diff.issuesNewlyDone': { message: () => 'Issues newly done' },
  'diff.issuesStatusChanged': { message: () => 'Issues with a status change' },
  'diff.issuesAdded': { message: () => 'Issues added' },
  'diff.issuesRemoved': { message: () => 'Issues removed' },
  'diff.measuresNewlyDone': { message: () => 'Measures newly done' },
  'diff.measuresStatusChanged': { message: () => 'Measures with a status change' },
  'diff.measuresAdded': { message: () => 'Measures added' },
  'diff.measuresRemoved': { message: () => 'Measures removed' },
  'diff.metricsChanged': { message: () => 'Metric changes' },
  'diff.metricAdded': { message: () => 'added' },
  'diff.metricRemoved': { message: () => 'removed' },
  'diff.noChanges': { message: () => 'No changes between the two ledgers.' },
  'diff.issueOf': { message: (p) => `issue ${p.id}` },
  'diff.extended': { message: () => 'Deadlines extended' },
  'diff.dueChanged': { message: () => 'Other deadline changes' },
  'diff.doneChanged': { message: () => 'Completion dates' },
  'diff.textChanged': { message: () => 'Text changes' },
  'diff.dutyChanged': { message: () => 'Responsibility changes' },
  'diff.evidenceChanged': { message: () => 'Evidence changes' },
  'diff.peopleChanged': { message: () => 'People' },
  'diff.unitsChanged': { message: () => 'Units' },
  'diff.factsChanged': { message: () => 'Report facts' },
  'diff.later': { message: (p) => `${p.n} days later` },
  'diff.earlier': { message: (p) => `${p.n} days earlier` },
  'diff.none': { message: () => '(none)' },
  'diff.item': { message: () => 'item' },
  'diff.dueFrom': { message: () => 'old deadline' },
  'diff.dueTo': { message: () => 'new deadline' },
  'diff.field': { message: (p) => String(p.field) },
  'diff.fact': { message: (p) => String(p.path) },
  'diff.colon': { message: () => ': ' },
  'diff.comma': { message: () => ', ' },
  'stats.asOf': { message: (p) => (p.basis === 'as-of' ? `as of ${p.date} (report date ${p.report})` : `report date ${p.date}`) },
  'stats.counts': { message: (p) => `${p.a} aspects, ${p.i} issues, ${p.m} measures` },
  'stats.status': { message: () => 'status' },
  'stats.issues': { message: () => 'issues' },
  'stats.measures': { message: () => 'measures' },
  'stats.rate': { message: () => 'rate' },
  'stats.byStatus': { message: () => 'By status' },
  'stats.byAspect': { message: () => 'Completion per aspect' },
  'stats.aspect': { message: () => 'aspect' },
  'stats.done': { message: () => 'done' },
  'stats.overdue': { message: () => 'Overdue' },
  'stats.noOverdue': { message: () => 'Overdue: none' },
  'stats.item': { message: () => 'item' },
  'stats.text': { message: () => 'text' },
  'stats.due': { message: () => 'due' },
  'stats.days': { message: () => 'days over' },
  'stats.leaders': { message: () => 'Leaders' },
  'stats.units': { message: () => 'Units' },
  'stats.owners': { message: () => 'Owners' },
  'stats.name': { message: () => 'name' },
  'stats.openIssues': { message: () => 'open issues' },
  'stats.openMeasures': { message: () => 'open measures' },
  'stats.overdueCount': { message: () => 'overdue' },
  'stats.metrics': { message: () => 'Metrics' },
  'stats.value': { message: () => 'value' },
  'stats.target': { message: () => 'target' },
  'stats.count': { message: (p) => ` (${p.n})` },
  'stats.separator': { message: () => ': ' },

  'overdue.title': { message: (p) => `${p.unit}: ${p.kind} follow-up list (督办清单) as of ${p.date}, items due within ${p.within} days included` },
  'overdue.sheet': { message: () => 'Follow-up' },
  'overdue.none': { message: () => 'nothing overdue or due soon' },
  'overdue.seq': { message: () => 'No.' },
  'overdue.state': { message: () => 'state' },
  'overdue.key': { message: () => 'id' },
  'overdue.item': { message: () => 'item' },
  'overdue.issue': { message: () => 'issue' },
  'overdue.leader': { message: () => 'leader' },
  'overdue.units': { message: () => 'units' },
  'overdue.owners': { message: () => 'owners' },
  'overdue.due': { message: () => 'due' },
  'overdue.status': { message: () => 'status' },
  'overdue.daysOverdue': { message: () => 'days overdue' },
  'overdue.daysLeft': { message: () => 'days left' },
  'overdue.overdue': { message: () => 'overdue' },
  'overdue.due-soon': { message: () => 'due soon' },
  'overdue.days': { message: (p) => (p.state === 'overdue' ? `${p.n} days overdue` : Number(p.n) === 0 ? 'due today' : `${p.n} days left`) },
  'overdue.separator': { message: () => ', ' },

  // ---- help (--help) ----
  'help.rectify': { message: () => 'rectification ledger (整改台账) → progress report (Markdown, GB/T 9704 .docx)' },
  'help.version': { message: () => 'output the version number' },
  'help.help': { message: () => 'display help for command' },
  'help.lang': { message: () => 'language of messages: zh (中文) or en' },
  'help.title.usage': { message: () => 'Usage:' },
  'help.title.arguments': { message: () => 'Arguments:' },
  'help.title.options': { message: () => 'Options:' },
  'help.title.commands': { message: () => 'Commands:' },
  'help.title.global': { message: () => 'Global Options:' },
  'help.usage.options': { message: () => '[options]' },
  'help.usage.command': { message: () => '[command]' },
  'help.extra': { message: (p) => ` (${p.text})` },
  'help.extra.separator': { message: () => ', ' },
  'help.choices': { message: (p) => `choices: ${p.choices}` },
  'help.default': { message: (p) => `default: ${p.value}` },
  'help.argument.ledger': { message: () => 'ledger file; - reads standard input' },
  'help.argument.ledgers': { message: () => 'ledger files (default ledger.yaml); - reads standard input' },
  'help.argument.build-ledgers': { message: () => 'ledger files or folders of them (every *.yaml, *.yml directly inside); - reads standard input (writes report.md)' },
  'help.argument.init-dir': { message: () => 'folder to create the ledger in (created when missing)' },
  'help.argument.sheet': { message: () => '.xlsx or .csv file; - reads standard input' },
  'help.argument.last-round': { message: () => 'the last round\'s ledger' },
  'help.argument.old': { message: () => 'the earlier ledger; - reads standard input' },
  'help.argument.new': { message: () => 'the later ledger; - reads standard input' },
  'help.argument.set-name': { message: () => 'a shipped set: default, audit or summary' },
  'help.argument.summary': { message: () => 'the summary ledger (summary.yaml): the round and its groups of units' },
  'help.argument.units': { message: () => 'the unit ledgers, or folders of them (every *.yaml, *.yml in a folder, the summary ledger excepted)' },
  'help.argument.new-dir': { message: () => 'a new folder' },
  'help.option.max-bytes': { message: () => 'refuse ledgers larger than n bytes' },
  'help.option.max-aliases': { message: () => 'refuse YAML alias expansion beyond n nodes' },
  'help.option.max-items': { message: () => 'refuse a ledger whose lists hold more than n items together' },
  'help.option.max-paragraphs': { message: () => 'refuse to lay out a .docx of more than n paragraphs (each table cell counts as one)' },
  'help.option.diagnostics-format': { message: () => 'how problems are printed: human, json, github (pull request annotations)' },
  'help.option.output-format': { message: () => 'output format' },
  'help.option.strict': { message: () => 'warnings fail the run (exit 1)' },
  'help.option.quiet': { message: () => 'show errors only' },
  'help.option.quiet-warnings': { message: () => 'do not show validation warnings' },
  'help.option.output-dir': { message: () => 'output folder (default: beside each ledger); or, for one ledger in one format, the output file, e.g. -o report.docx' },
  'help.option.suffix': { message: () => 'put into output names: <ledger name>.<suffix>.docx (with --public: 公开版 unless given)' },
  'help.option.build-format': { message: (p) => `output formats, comma separated or repeated (${p.formats})` },
  'help.option.templates': { message: () => 'your own template folder (complete set; start from `rectify templates export`)' },
  'help.option.template': { message: () => 'a shipped template set: default (巡察整改进展) or audit (审计整改); summaries: rectify summary' },
  'help.option.public': { message: () => "public version (公开版): mask the ledger's redact strings and people's names; writes <ledger name>.公开版.md and .docx, never over the internal version" },
  'help.option.summary-output': { message: () => 'output folder (default: beside the summary ledger)' },
  'help.option.summary-format': { message: (p) => `output formats, comma separated or repeated (${p.formats}; xlsx is the office's per-unit progress table)` },
  'help.option.summary-templates': { message: () => 'your own summary template folder (a complete set; rectify templates export summary DIR makes one)' },
  'help.option.summary-template': { message: () => 'a shipped summary template set' },
  'help.option.summary-public': { message: () => "public version: mask the redact texts of the summary ledger and of every unit ledger, and people's names; writes <summary name>.公开版.md and so on, never over the internal version" },
  'help.option.allow-invalid': { message: () => 'leave out unit ledgers with errors (naming them) and summarise the others' },
  'help.option.summary-as-of': { message: () => "judge overdue items as of this day (default: the summary ledger's report date)" },
  'help.option.schema-summary': { message: () => 'print the JSON Schema of the summary ledger (summary.yaml)' },
  'help.option.watch': { message: () => 'rebuild when a ledger or a template changes, until Ctrl+C' },
  'help.option.unit': { message: (p) => `the inspected organisation, signs the report (default ${p.default})` },
  'help.option.kind': { message: (p) => `inspection kind (default ${p.default})` },
  'help.option.by': { message: () => 'the inspection team, e.g. 市委第五巡察组 (default by kind)' },
  'help.option.init-force': { message: () => 'overwrite an existing ledger.yaml and ledger.schema.json' },
  'help.option.yes': { message: () => 'ask nothing, even on a terminal' },
  'help.option.force': { message: () => 'overwrite an existing output file' },
  'help.option.export-format': { message: () => 'xlsx or csv (default: from -o, else xlsx)' },
  'help.option.export-output': { message: () => 'output file; - writes standard output (default: LEDGER with .xlsx/.csv)' },
  'help.option.import-output': { message: () => 'ledger YAML to write; - writes standard output (default: FILE with .yaml; with --into, that ledger)' },
  'help.option.into': { message: () => 'write the sheet\'s edits back into this ledger (in place, its comments and style kept) and list what changed' },
  'help.option.import-date': { message: () => 'this round\'s report date, YYYY-MM-DD (over the report date on the 报告信息 sheet)' },
  'help.option.import-force': { message: () => 'overwrite an existing output; with --into, let the sheet win even where the ledger changed after the export' },
  'help.option.map': { message: () => 'YAML/JSON mapping of unusual header texts to fields' },
  'help.option.as-of': { message: () => 'count overdue items as of this date (default report.date)' },
  'help.option.next-date': { message: () => 'the new round\'s report date, YYYY-MM-DD (default: today)' },
  'help.option.next-output': { message: () => 'folder or file name of the new ledger (default: a folder named after the new date\'s month, e.g. 2024-01/)' },
  'help.option.overdue': { message: () => 'the follow-up list (督办清单): overdue and due-soon items with leader, units, owners and days' },
  'help.option.within': { message: () => 'a deadline within this many days counts as due soon' },
  'help.option.stats-output': { message: () => 'write to this file (with --format xlsx, default <ledger name>.督办清单.xlsx)' },
  'help.option.exit-code': { message: () => 'exit 1 when the ledgers differ' },
  'help.validate': { message: () => 'check ledgers against the format and its rules (校验整改台账)' },
  'help.summary': { message: () => "summarise a round: read every unit ledger, write the summary report (.md, .docx) and the office's progress table (.xlsx)" },
  'help.build': { message: () => 'build the report from ledgers (生成整改报告): <ledger name>.md and .docx (and .pdf with --format) beside each ledger or in -o DIR' },
  'help.init': { message: () => 'start a ledger: a commented starter ledger.yaml (新建整改台账)' },
  'help.stats': { message: () => 'show the derived figures of a ledger (台账统计)' },
  'help.diff': { message: () => 'compare two reporting rounds of a ledger (对比两轮整改台账)' },
  'help.next': { message: () => 'start the next round: the last round\'s ledger with a new report date' },
  'help.export': { message: () => 'write the ledger as a spreadsheet: xlsx or csv (导出整改台账表)' },
  'help.import': { message: () => 'read a ledger from an xlsx or csv spreadsheet (导入整改台账表), or (--into) write a sheet\'s edits back into its ledger' },
  'help.schema': { message: () => 'print the JSON Schema of the ledger format (输出台账的 JSON Schema)' },
  'help.templates': { message: () => 'shipped template sets (模板集): list, export' },
  'help.templates.list': { message: () => 'list the shipped template sets' },
  'help.templates.export': { message: () => 'copy a shipped set into DIR to start your own (then build with --templates DIR)' },
  'help.check': { message: () => 'check a .docx against GB/T 9704-2012 (the official-document layout)' },
  'help.argument.docx': { message: () => ".docx files: rectify's reports or any official document made by Word or WPS" },
  'help.option.print': { message: () => 'also check the page as LibreOffice prints it' },
  'help.option.verbose': { message: () => 'also list the rules that passed or did not apply' },
  'help.option.docx-max-bytes': { message: () => 'refuse files larger than n bytes' },
  'help.option.print-timeout': { message: () => 'time limit of each LibreOffice or pdftotext run, in seconds' },
  'help.check.examples': {
    message: () => `
Examples:
  rectify check report.docx                        GB/T 9704 rules; also the printed page when LibreOffice is installed
  rectify check report.docx --print never          the document's settings only (no LibreOffice needed)
  rectify check received/*.docx --print always     fail (exit 2) if LibreOffice or pdftotext is missing
  rectify check report.docx --format json | jq '.checks[0].rules[] | select(.status == "fail")'
  rectify --lang en check report.docx --verbose    English, with the rules that passed or did not apply

Printed rules need soffice (LibreOffice) and pdftotext (poppler):
  apt-get install libreoffice-writer-nogui poppler-utils

Exit status: 0 every rule passes, 1 a rule fails, 2 a file cannot be read or printed.
`,
  },
  'help.validate.examples': {
    message: () => `
Examples:
  rectify validate                                   checks ./ledger.yaml
  rectify validate ledgers/*.yaml --strict           warnings fail too (exit 1)
  rectify validate ledger.yaml --format github       annotations on the pull request's lines
  rectify validate ledger.yaml --format json | jq '.diagnostics[] | select(.severity == "error")'
  cat ledger.yaml | rectify validate -               standard input, reported as <stdin>

Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error or a file that cannot be read.
`,
  },
  'help.build.examples': {
    message: () => `
Examples:
  rectify build ledger.yaml                          ledger.md and ledger.docx beside the ledger
  rectify build ledger.yaml -o out --format md,docx,pdf
  rectify build ledger.yaml --public                 党务公开版 ledger.公开版.md and .docx: names and redact strings masked
  rectify build ledger.yaml -o report.docx           only this one file
  rectify build ledgers/ -o reports/                 every ledger in the folder, on every core
  rectify build ledger.yaml --template audit         the shipped audit report (审计整改)
  rectify build ledger.yaml --templates my-set       your own set (rectify templates export default my-set)
  rectify build ledger.yaml --watch                  rebuild on every save of the ledger or templates

Nothing is written when the ledger is invalid (exit 1) or any output cannot be made (exit 2).
Outputs are byte-reproducible: dates come from SOURCE_DATE_EPOCH, else report.date.
`,
  },
  'help.summary.examples': {
    message: () => `
Examples:
  rectify summary round/summary.yaml round/units/            round/summary.md and summary.docx
  rectify summary summary.yaml routine/ special/ -o out --format md,docx,xlsx
  rectify summary summary.yaml units/ --format xlsx          only the office's per-unit progress table
  rectify summary summary.yaml units/ --public               public version: redact texts and names masked
  rectify summary summary.yaml units/ --allow-invalid        leave out unit ledgers with errors

The summary ledger summary.yaml names the round, who arranged it, the teams, the inspected units
grouped by kind of inspection, the dates, and sentences you write yourself (its format: rectify
schema --summary). Every unit ledger is validated and placed in its group by inspection.target;
every figure comes from the unit ledgers (metrics with the same id are added up), whatever the
order of the folders. Unit ledgers are read on every core. Nothing is written when a unit ledger
is invalid (unless --allow-invalid) or any output cannot be made.
`,
  },
  'help.init.examples': {
    message: () => `
Examples:
  rectify init                          ledger.yaml and ledger.schema.json in this folder
  rectify init 2024-整改 --unit XX县司法局 --kind 巡察
  rectify init --force                  overwrite an existing ledger.yaml

On a terminal init asks for what its options did not give: the unit, the inspection kind, the
team. A team left empty stays 【待填写】 in the ledger (validate points at it; build refuses it until
it is filled in); Ctrl-D or Ctrl-C cancels and writes nothing. With --yes, or when standard input
is not a terminal (scripts, CI), it asks nothing and uses the options or defaults.
The ledger's first line points editors at ./ledger.schema.json, a copy of the shipped schema
written beside it; refresh that copy after upgrading with: rectify schema > ledger.schema.json
`,
  },
  'help.stats.examples': {
    message: () => `
Examples:
  rectify stats ledger.yaml                      counts, completion, overdue items, load per person
  rectify stats ledger.yaml --as-of 2024-03-01   overdue as of another day (统计日期) than report.date
  rectify stats ledger.yaml --format json | jq '.overdue[] | [.issueId, .daysOverdue]'
  rectify stats ledger.yaml --overdue --format xlsx        the follow-up list to send out: ledger.督办清单.xlsx
  rectify stats ledger.yaml --overdue --within 14 --format md

The figures are the ones the report prints (derived from the ledger, never typed). Overdue means
due before report.date (or --as-of) and not done; --overdue lists those and the items due within
--within days (default 7) with their leader, units, owners and days. The json shapes carry
"version": 1.
`,
  },
  'help.diff.examples': {
    message: () => `
Examples:
  rectify diff 2023-11/ledger.yaml 2023-12/ledger.yaml
  rectify diff old.yaml ledger.yaml --format md >> "$GITHUB_STEP_SUMMARY"
  git show HEAD~1:ledger.yaml | rectify diff - ledger.yaml --format json

Shows what changed between two reporting rounds: issues and measures newly done, other status
changes, items added and removed, deadlines extended (old and new date), completion dates, text
edits of issues and measures (the changed span marked), leaders, units and owners, the people and
units registers, the report's facts and metric values. The report date is each round's own and
shows only in the heading. Issues are matched by id; measures by id, or, without one, within
their issue by text, else by place (shown as ISSUE#2, the issue's second measure).
Exit status is 0 whether or not anything changed; with --exit-code it is 1 when something did,
as with git diff --exit-code. Invalid ledgers exit 1 too, with their diagnostics on stderr (run
rectify validate first where the two must be told apart). Only one of OLD and NEW may be -.
`,
  },
  'help.next.examples': {
    message: () => `
Examples:
  rectify next 2023-12/ledger.yaml --date 2024-01-31            writes 2024-01/ledger.yaml
  rectify next ledger.yaml --date 2024-01-31 -o 2024-01/        into a folder you name
  rectify next ledger.yaml --date 2024-01-31 -o january.yaml    a file name you choose

The new ledger has the last round's content (statuses, deadlines, measures, comments), the new
report date and the same stage, and a comment at the top naming the round it came from. rectify
diff between the two shows only the date. Then update this round's progress in the new ledger (or
in the sheet rectify export writes). An existing file is not overwritten unless --force.
`,
  },
  'help.export.examples': {
    message: () => `
Examples:
  rectify export ledger.yaml                  ledger.xlsx (the 整改台账 table + the hidden 台账信息 sheet)
  rectify export ledger.yaml --format csv     ledger.csv (UTF-8 with BOM: Excel shows Chinese correctly)
  rectify export ledger.yaml -o 台账.xlsx --force

The workbook is reproducible: its timestamps come from SOURCE_DATE_EPOCH, else report.date.
`,
  },
  'help.import.examples': {
    message: () => `
Examples:
  rectify import 台账.xlsx                     writes 台账.yaml
  rectify import 台账.csv -o ledger.yaml       a CSV may be UTF-8 or GB18030
  rectify import 台账.xlsx --map columns.yaml  name unusual columns, e.g. {"反馈意见": "问题", "备注": null}
  rectify import ledger.xlsx --into ledger.yaml              write the sheet's edits back, list what changed
  rectify import ledger.xlsx --into ledger.yaml --date 2024-01-31   and give this round's report date

A workbook written by rectify export imports back to the same ledger; the report date and other
facts are edited on its 报告信息 sheet. --into changes only what the sheet changed: the ledger's
comments, key order and style stay. A CSV can be imported --into too.
A hand-made sheet gives a ledger whose report and inspection keys hold 【待填写】 placeholders,
listed in a warning and at the top of the YAML. With any error nothing is written and the ledger
is not changed; every error names its cell (e.g. 整改台账!J7).
`,
  },
  'help.schema.examples': {
    message: () => `
Examples:
  rectify schema > ledger.schema.json    refresh the copy that editors read (see rectify init)
  rectify schema | jq '.properties | keys'
  rectify schema --summary > summary.schema.json   the summary ledger's (rectify summary)

Prints the JSON Schema of the ledger format shipped with this version of rectify, byte for
byte. Editors with a YAML language server use it for completion and a Chinese description of
every key, through the ledger's first line: # yaml-language-server: $schema=./ledger.schema.json
`,
  },
  'help.templates.examples': {
    message: () => `
Examples:
  rectify templates list
  rectify templates export default my-templates      then edit and: rectify build ledger.yaml --templates my-templates
  rectify templates export summary my-summary        the summary's set: rectify summary … --templates my-summary

A set is report.md.hbs (summary.md.hbs for a summary), partials/*.hbs and layout.json (fonts, sizes, margins, page numbers).
`,
  },
} satisfies Catalogue;
