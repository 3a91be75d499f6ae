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
const INVALID: Record<string, string> = { 'positive-integer': 'expected a positive whole number', date: 'expected a date as YYYY-MM-DD that exists' };
const USAGE: Record<string, (p: Params) => string> = {
  unknownOption: (p) => `unknown option ${p.what}`,
  unknownCommand: (p) => `unknown command ${p.what}`,
  missingArgument: (p) => `missing argument ${p.what}`,
  optionMissingArgument: (p) => `option ${p.what} needs a value`,
  missingMandatoryOptionValue: (p) => `option ${p.what} is required`,
  invalidArgument: (p) => `invalid value ${p.value} for ${p.what}${p.choices ? `; allowed: ${p.choices}` : p.reason ? `: ${INVALID[String(p.reason)] ?? p.reason}` : ''}`,
  excessArguments: (p) => `too many arguments${p.expected ? ` (at most ${p.expected})` : ''}`,
  conflictingOption: () => 'these options cannot be used together',
  help: () => 'name the command to run',
};

export const en: Record<keyof typeof zh, Entry> = {
  // ---- reading the ledger (core/load) ----
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
  'not-a-mapping': { message: (p) => `a ledger must be a mapping of keys, found ${FOUND[String(p.found)] ?? p.found}`, hint: () => 'a ledger starts with rectify: 1, then report, inspection, aspects…' },
  empty: { message: () => 'the ledger file is empty', hint: () => 'it needs at least rectify, report, inspection and aspects; see docs/ledger-format.md' },
  'bad-key': { message: () => 'keys must be plain text', hint: () => 'write the key as an unquoted name such as title' },
  'not-finite': { message: () => 'numbers must be finite', hint: () => 'do not use .inf or .nan' },

  // ---- checking the ledger (core/validate) ----
  'unknown-key': { message: (p) => `unknown key ${p.key}`, hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : '') + `allowed keys: ${p.allowed}` },
  'missing-key': {
    message: (p) => `missing required key ${p.key}`,
    hint: (p) => `add ${p.key}: … to this object` + (p.reason === 'several-issues' ? ' (the aspect has several issues, so each needs its own title)' : ''),
  },
  type: { message: (p) => `wrong type: expected ${types(p.expected)}, found ${types(p.found)}`, hint: (p) => `write ${types(p.expected)}` },
  'bad-enum': { message: (p) => `invalid value ${p.value}`, hint: (p) => `allowed values: ${p.allowed}` },
  'bad-value': {
    message: (p) =>
      `value out of range: ${p.rule === 'empty' ? 'must not be empty' : p.rule === 'min-items' ? `needs at least ${p.limit} item(s)` : p.rule === 'minimum' ? `must be at least ${p.limit}` : p.detail}`,
    hint: (p) => (p.rule === 'empty' ? 'fill it in or remove the key' : p.rule === 'min-items' ? 'add at least one item' : p.rule === 'minimum' ? 'use zero or a positive whole number' : ''),
  },
  'bad-date': { message: (p) => `invalid date ${q(p.value)}`, hint: () => 'write dates as YYYY-MM-DD, and a day that exists, e.g. 2023-12-01' },
  'duplicate-id': {
    message: (p) => `id ${p.id} is not unique (already used on line ${p.firstLine})`,
    hint: () => 'every id (issues, measures, aspects, people, units, metrics) must be unique; choose a new one',
  },
  'unknown-reference': {
    message: (p) => `${p.kind} id ${p.id} does not exist`,
    hint: (p) => (p.closest ? `did you mean ${p.closest}? ` : `add an entry with id ${p.id} to ${p.register}. `) + (p.known ? `known ids: ${p.known}` : ''),
  },
  'unknown-placeholder': {
    message: (p) => `unknown placeholder {{${p.name}}}`,
    hint: (p) => (p.closest ? `did you mean {{${p.closest}}}? ` : '') + `known placeholders: ${p.known}`,
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
    hint: () => 'expected: visit.from ≤ visit.to ≤ feedback ≤ report.date, and no done date after report.date',
  },
  'done-with-open-measures': { message: (p) => `issue marked done but measure ${p.measure} is ${p.status}`, hint: () => 'mark the measure done, or the issue in-progress' },
  'declared-mismatch': {
    message: (p) => `declared ${p.declared} ${p.what}, the ledger lists ${p.counted}`,
    hint: (p) => `check the ledger; if it is right, change this to ${p.counted}, or write {{${p.what}}} in the prose instead of a typed number`,
  },
  overdue: {
    message: (p) => `${p.item} ${p.name} is past its due date ${p.due} (report date ${p.asOf}) and is ${p.status}`,
    hint: () => 'update the status and done date, or the due date',
  },
  'xml-char': { message: (p) => `contains character ${p.char} that a document cannot carry`, hint: () => 'remove it (control characters, U+FFFE, U+FFFF and lone surrogates cannot be written)' },
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
  'skipped-row': { message: () => 'this row is one cell merged across the table; taken as a note and not imported', hint: () => 'if it is a measure, unmerge it and fill in the columns' },
  'unterminated-quote': { message: () => 'a quoted CSV field is never closed', hint: () => 'check that the double quotes near this row come in pairs' },
  'unreadable-file': { message: (p) => `cannot read the spreadsheet: ${p.detail}`, hint: () => 'supported are .xlsx and .csv (UTF-8, UTF-16 or GB18030) files' },
  'unsupported-format': { message: () => 'the old .xls format is not supported', hint: () => 'save it as .xlsx in Excel or WPS, then import that' },
  'entry-too-large': {
    message: (p) => `the part ${p.entry} of the workbook inflates to more than ${p.limit} bytes; not read`,
    hint: () => 'the file may be damaged or a zip bomb; for a genuinely large workbook raise --max-bytes (each part may inflate to 10 times it)',
  },
  'sheet-too-large': {
    message: (p) =>
      p.reason === 'bounds'
        ? 'the cell lies outside the range Excel allows (1,048,576 rows, 16,384 columns)'
        : p.reason === 'merge'
          ? `merged range too large: reading it would lay out more than ${p.limit} cells`
          : p.reason === 'csv'
            ? `the CSV is too large: more than ${p.limit} cells by this one (or a row wider than 16,384 columns)`
            : `sheet too large: more than ${p.limit} cells by this one`,
    hint: () => 'delete stray content or merges far from the table (Ctrl+End in Excel finds the last cell), or copy the table to a new sheet; raise --max-bytes if you must (the cell limit is a twentieth of it)',
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
        ? `the --map file is not valid YAML/JSON: ${p.detail}`
        : p.rule === 'not-a-mapping'
          ? 'the --map file must be a mapping of header text to field, e.g. {"反馈意见": "issue"}'
          : `--map: header "${p.header}" maps to unknown field "${p.value}"`,
    hint: (p) => `a field is one of ${p.fields}, a Chinese header such as 整改措施, or null to ignore the column`,
  },

  // ---- templates and layout (core/render, core/docx) ----
  'unknown-template-set': { message: (p) => `there is no shipped template set "${p.name}"`, hint: (p) => `shipped sets: ${p.known}; or name your own folder with --templates DIR` },
  'template-dir-missing': { message: () => 'the template folder does not exist or is not a folder', hint: () => 'check the --templates path; rectify templates export default DIR makes one' },
  'template-missing': { message: () => 'the template file does not exist', hint: () => 'a template folder holds report.md.hbs and partials/*.hbs; rectify templates export default DIR makes one' },
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
  'unmapped-markdown': {
    message: (p) => p.construct === 'unknown-fence' ? `unknown fenced block ::: ${p.fence}` : `the .docx writer cannot place ${CONSTRUCT[String(p.construct)] ?? `a ${p.construct}`}${p.fence ? ` inside ::: ${p.fence}` : ''}${p.sample ? `: ${p.sample}` : ''}`,
    hint: (p) => p.construct === 'unknown-fence' ? `known blocks: ${p.known}` : 'use only the constructs of docs/report-markdown.md (headings #–#####, paragraphs, **bold**, ::: blocks, a pipe table inside ::: attachment); escape literal characters with \\',
  },
  'bad-fenced-block': {
    message: (p) =>
      ({
        to: `::: to holds one paragraph, found ${p.found}`,
        'attachment-note': '::: attachment-note is empty',
        signature: `::: signature holds the issuing unit then the date, found ${p.found} paragraph(s)`,
        'attachment-label': '::: attachment must start with its label paragraph (附件 or 附件1)',
        nested: `::: ${p.fence} opened inside ::: ${p.outer} (line ${p.outerLine}); fenced blocks do not nest`,
        'stray-close': '":::" closes no open block',
        unclosed: `::: ${p.fence} is never closed`,
      })[String(p.rule)] ?? `a fenced block is written wrongly (${p.rule})`,
    hint: (p) => (p.rule === 'nested' ? 'close the first block with a line ":::"' : p.rule === 'unclosed' ? 'end it with a line ":::"' : 'see docs/report-markdown.md'),
  },
  'duplicate-title': { message: () => 'a second # title in the document body', hint: () => 'the body has one title; an attachment takes its own inside ::: attachment' },

  // ---- files and outputs (host, app) ----
  'not-found': { message: () => 'no such file', hint: () => 'check the file name and folder; a ledger can be read from standard input with -' },
  'is-directory': { message: () => 'this is a folder, not a file', hint: () => 'name a file inside it, e.g. ledger.yaml' },
  'read-failed': { message: (p) => `cannot read it: ${reason(p.reason)}`, hint: (p) => (p.reason === 'not-a-file' ? 'name a regular file; to read a ledger from a pipe, use - for standard input' : 'check the file permissions') },
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
  'pdf-failed': { message: (p) => `LibreOffice could not convert the report to PDF (exit ${p.exit}): ${p.detail}`, hint: () => 'open the .docx in LibreOffice to see what it refuses' },
  'bad-source-date-epoch': { message: (p) => `the environment variable SOURCE_DATE_EPOCH holds ${q(p.value)}, not a time`, hint: () => 'write whole seconds since 1970, e.g. SOURCE_DATE_EPOCH=1701388800; or unset it, and dates come from the report date' },
  'stream-failed': { message: (p) => `cannot write to ${p.stream === 'stdout' ? 'standard output' : 'standard error'}: ${reason(p.reason)}`, hint: () => 'check where the output is redirected (is the disk full?)' },
  'internal-error': { message: (p) => `internal error: ${p.detail}`, hint: (p) => (p.batch ? 'build this ledger alone to see whether the failure repeats; ' : '') + 'please report the command and the ledger to the maintainers (RECTIFY_DEBUG=1 shows details)' },

  // ---- the command line (app) ----
  usage: { message: (p) => (USAGE[String(p.kind)] ?? (() => `command line error (${p.kind})`))(p), hint: (p) => (p.suggestion ? `did you mean ${p.suggestion}? ` : '') + 'add --help for the usage and examples' },
  'unknown-format': { message: (p) => (p.formats ? `unknown output format: ${p.formats}` : 'no output format given'), hint: (p) => `formats: ${p.known}, comma separated, e.g. --format md,docx` },
  'watch-stdin': { message: () => '--watch cannot read standard input', hint: () => 'name the ledger files' },
  'stdin-twice': { message: () => 'OLD and NEW cannot both be - (standard input can be read once)', hint: () => 'save one of the rounds to a file first' },

  // ---- interface text ----
  'report.path': { message: () => 'path' },
  'report.hint': { message: () => 'hint' },
  'report.summary': { message: (p) => `${p.errors} error(s), ${p.warnings} warning(s)` },
  'output.wrote': { message: (p) => `wrote ${p.file}` },
  'build.wrote': { message: (p) => `wrote ${p.file}` },
  'batch.summary': { message: (p) => `built ${p.built} of ${p.total} ledgers${p.where ? ` into ${p.where}` : ''}${Number(p.failed) > 0 ? `, ${p.failed} failed:` : ''}` },
  'batch.failed-ledger': { message: (p) => `  ${p.file} (${p.why === 'invalid' ? 'invalid ledger' : 'could not be built'})` },
  'validate.clean': { message: (p) => `${p.files}: no problems found` },
  'export.invalid': { message: () => 'the ledger has errors; nothing was exported' },
  'import.failed': { message: () => 'the spreadsheet has content that cannot be read; nothing was written' },
  'import.rows': {
    message: (p) =>
      `read ${p.read} row(s) of sheet "${p.sheet}"` +
      (p.issues !== undefined ? `: imported ${p.issues} issue(s) and ${p.measures} measure(s)` : '') +
      (Number(p.skipped) > 0 ? `; ${p.skipped} row(s) not imported (see above)` : ''),
  },
  'import.fill-in-comment': { message: (p) => `Generated by rectify import from a hand-made spreadsheet.\nThese keys hold 【待填写】 placeholders or assumed dates; edit them: ${p.keys}\nRun rectify validate after editing.` },
  'init.created': { message: (p) => `created ${p.files}` },
  'init.next': { message: (p) => `next: edit ${p.ledger} following its comments, then run\n  rectify validate ${p.ledger}\n  rectify build ${p.ledger}` },
  'init.ask': { message: (p) => `${p.question} [${p.fallback}]: ` },
  'init.ask.unit': { message: () => 'Inspected organisation (signs the report)' },
  'init.ask.kind': { message: (p) => `Inspection kind (${p.kinds})` },
  'init.ask.bad-kind': { message: (p) => `Answer one of ${p.kinds}.` },
  'init.ask.by': { message: (p) => `Inspection team (${p.kind}组)` },
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
  'diff.colon': { message: () => ': ' },
  'diff.comma': { message: () => ', ' },
  'stats.asOf': { message: () => 'as of' },
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
  'stats.open': { message: () => 'open' },
  'stats.overdueCount': { message: () => 'overdue' },
  'stats.metrics': { message: () => 'Metrics' },
  'stats.value': { message: () => 'value' },
  'stats.target': { message: () => 'target' },
  'stats.count': { message: (p) => ` (${p.n})` },
  'stats.separator': { message: () => ': ' },

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
  'help.argument.old': { message: () => 'the earlier ledger; - reads standard input' },
  'help.argument.new': { message: () => 'the later ledger; - reads standard input' },
  'help.argument.set-name': { message: () => 'a shipped set: default or audit' },
  'help.argument.new-dir': { message: () => 'a new folder' },
  'help.option.max-bytes': { message: () => 'refuse ledgers larger than n bytes' },
  'help.option.max-aliases': { message: () => 'refuse YAML alias expansion beyond n nodes' },
  'help.option.diagnostics-format': { message: () => 'how problems are printed: human, json, github (pull request annotations)' },
  'help.option.output-format': { message: () => 'output format' },
  'help.option.strict': { message: () => 'warnings fail the run (exit 1)' },
  'help.option.quiet': { message: () => 'show errors only' },
  'help.option.quiet-warnings': { message: () => 'do not show validation warnings' },
  'help.option.output-dir': { message: () => 'output folder (default: beside each ledger)' },
  'help.option.build-format': { message: (p) => `output formats, comma separated or repeated (${p.formats})` },
  'help.option.templates': { message: () => 'your own template folder (complete set; start from `rectify templates export`)' },
  'help.option.template': { message: () => 'a shipped template set: default (巡察整改进展) or audit (审计整改)' },
  'help.option.public': { message: () => "public version: mask the ledger's redact strings and people's names (公开版)" },
  'help.option.watch': { message: () => 'rebuild when a ledger or a template changes, until Ctrl+C' },
  'help.option.unit': { message: (p) => `the inspected organisation, signs the report (default ${p.default})` },
  'help.option.kind': { message: (p) => `inspection kind (default ${p.default})` },
  'help.option.by': { message: () => 'the inspection team, e.g. 市委第五巡察组 (default by kind)' },
  'help.option.init-force': { message: () => 'overwrite an existing ledger.yaml and ledger.schema.json' },
  'help.option.yes': { message: () => 'ask nothing, even on a terminal' },
  'help.option.force': { message: () => 'overwrite an existing output file' },
  'help.option.export-format': { message: () => 'xlsx or csv (default: from -o, else xlsx)' },
  'help.option.export-output': { message: () => 'output file; - writes standard output (default: LEDGER with .xlsx/.csv)' },
  'help.option.import-output': { message: () => 'ledger YAML to write; - writes standard output (default: FILE with .yaml)' },
  'help.option.map': { message: () => 'YAML/JSON mapping of unusual header texts to fields' },
  'help.option.as-of': { message: () => 'count overdue items as of this date (default report.date)' },
  'help.option.exit-code': { message: () => 'exit 1 when the ledgers differ' },
  'help.validate': { message: () => 'check ledgers against the format and its rules (校验整改台账)' },
  'help.build': { message: () => 'build the report from ledgers (生成整改报告): <ledger name>.md and .docx (and .pdf with --format) beside each ledger or in -o DIR' },
  'help.init': { message: () => 'start a ledger: a commented starter ledger.yaml (新建整改台账)' },
  'help.stats': { message: () => 'show the derived figures of a ledger (台账统计)' },
  'help.diff': { message: () => 'compare two reporting rounds of a ledger (对比两轮整改台账)' },
  'help.export': { message: () => 'write the ledger as a spreadsheet: xlsx or csv (导出整改台账表)' },
  'help.import': { message: () => 'read a ledger from an xlsx or csv spreadsheet (导入整改台账表)' },
  'help.schema': { message: () => 'print the JSON Schema of the ledger format (输出台账的 JSON Schema)' },
  'help.templates': { message: () => 'shipped template sets (模板集): list, export' },
  'help.templates.list': { message: () => 'list the shipped template sets' },
  'help.templates.export': { message: () => 'copy a shipped set into DIR to start your own (then build with --templates DIR)' },
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
  rectify build ledger.yaml --public                 党务公开版: names and redact strings masked
  rectify build ledgers/ -o reports/                 every ledger in the folder, on every core
  rectify build ledger.yaml --template audit         the shipped audit report (审计整改)
  rectify build ledger.yaml --templates my-set       your own set (rectify templates export default my-set)
  rectify build ledger.yaml --watch                  rebuild on every save of the ledger or templates

Nothing is written when the ledger is invalid (exit 1) or any output cannot be made (exit 2).
Outputs are byte-reproducible: dates come from SOURCE_DATE_EPOCH, else report.date.
`,
  },
  'help.init.examples': {
    message: () => `
Examples:
  rectify init                          ledger.yaml and ledger.schema.json in this folder
  rectify init 2024-整改 --unit XX县司法局 --kind 巡察
  rectify init --force                  overwrite an existing ledger.yaml

On a terminal init asks for the unit, the inspection kind and the team; with --yes, or when
standard input is not a terminal (scripts, CI), it asks nothing and uses the options or defaults.
The ledger's first line points editors at ./ledger.schema.json, a copy of the shipped schema
written beside it; refresh that copy after upgrading with: rectify schema > ledger.schema.json
`,
  },
  'help.stats.examples': {
    message: () => `
Examples:
  rectify stats ledger.yaml                      counts, completion, overdue items, load per person
  rectify stats ledger.yaml --as-of 2024-03-01   overdue as of another day than report.date
  rectify stats ledger.yaml --format json | jq '.overdue[] | [.issueId, .daysOverdue]'

The figures are the ones the report prints (derived from the ledger, never typed). Overdue means
due before report.date (or --as-of) and not done. The json shape carries "version": 1.
`,
  },
  'help.diff.examples': {
    message: () => `
Examples:
  rectify diff 2023-11/ledger.yaml 2023-12/ledger.yaml
  rectify diff old.yaml ledger.yaml --format md >> "$GITHUB_STEP_SUMMARY"
  git show HEAD~1:ledger.yaml | rectify diff - ledger.yaml --format json

Shows what changed between two reporting rounds: issues and measures newly done, other status
changes, items added and removed, metric values. Issues are matched by id; measures by id, or,
without one, by their issue's id and position (ISSUE#2 is the issue's second measure).
Exit status is 0 whether or not anything changed; with --exit-code it is 1 when something did,
as with git diff --exit-code. Invalid ledgers exit 1 too, with their diagnostics on stderr (run
rectify validate first where the two must be told apart). Only one of OLD and NEW may be -.
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

A workbook written by rectify export imports back to the same ledger. A hand-made sheet gives a
ledger whose report and inspection keys hold 【待填写】 placeholders, listed in a warning and at the
top of the YAML. Nothing is written when any row cannot be read.
`,
  },
  'help.schema.examples': {
    message: () => `
Examples:
  rectify schema > ledger.schema.json    refresh the copy that editors read (see rectify init)
  rectify schema | jq '.properties | keys'

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

A set is report.md.hbs, partials/*.hbs and layout.json (fonts, sizes, margins, page numbers).
`,
  },
} satisfies Catalogue;
