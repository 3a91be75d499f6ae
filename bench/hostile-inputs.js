/**
 * Hostile inputs, made on demand and deterministically: the regular-expression and size attacks of
 * the outside review (class 3 and 4), at a chosen size, for the hostile bench (bench/hostile.js)
 * and the corpus cases too large or too binary to commit (test/hostile/generate.ts).
 *
 * Nothing here imports rectify: a bug in src/ cannot shape the inputs meant to find it.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const enc = (text) => Buffer.from(text, 'utf8');

// ---------- ledgers ----------

/** A small valid ledger; `measure` replaces the one measure's text (a YAML double-quoted string). */
export function ledgerWith({ measure = '示例文字', title = '示例单位关于巡察整改进展情况的报告', names = [], redact = [], metrics = '', extraIssue = '' } = {}) {
  const people = [{ id: 'p1', name: '张三' }, { id: 'p2', name: '李四' }, ...names.map((name, i) => ({ id: `n${i + 1}`, name }))];
  return [
    'rectify: 1',
    'report:',
    `  title: ${JSON.stringify(title)}`,
    '  unit: 示例单位党组',
    '  date: 2024-03-01',
    'inspection:',
    '  by: 市委第二巡察组',
    '  target: 示例单位党组',
    '  arranged_by: 市委',
    '  kind: 巡察',
    '  visit: { from: 2023-10-09, to: 2023-11-20 }',
    '  feedback: 2023-12-05',
    'people:',
    ...people.map((p) => `  - { id: ${p.id}, name: ${JSON.stringify(p.name)} }`),
    'units:',
    '  - { id: u1, name: 办公室 }',
    'aspects:',
    '  - title: 示例方面',
    '    issues:',
    '      - id: "1"',
    '        title: 示例问题',
    '        status: in-progress',
    '        leader: p1',
    '        units: [u1]',
    '        owners: [p2]',
    '        due: 2024-06-30',
    '        measures:',
    `          - text: ${JSON.stringify(measure)}`,
    ...(metrics ? [metrics] : []),
    ...(extraIssue ? [extraIssue] : []),
    'appendix: { ledger: true }',
    ...(redact.length > 0 ? ['redact:', ...redact.map((r) => `  - ${JSON.stringify(r)}`)] : []),
    '',
  ].join('\n');
}

/**
 * Ledger texts of about `n` characters that once made a regular expression backtrack, keyed by
 * the path they attacked. Each is a valid ledger unless said otherwise.
 */
export const TEXT_ATTACKS = {
  /** `{{` then spaces: the placeholder pattern tried every split of the run (14 s for 5 KB). */
  'placeholder-spaces': (n) => ledgerWith({ measure: `整改{{${' '.repeat(n)}` }),
  /** `{{` then spaces and a name that never closes. */
  'placeholder-open': (n) => ledgerWith({ measure: `{{ measures${' '.repeat(n)}x` }),
  /** A run of spaces inside a text (23 s for 80 KB): the line-join and trailing-space patterns. */
  'space-run': (n) => ledgerWith({ measure: `甲${' '.repeat(n)}乙` }),
  /** Tabs and spaces mixed, then a line break: the same patterns from the other side. */
  'blank-run-break': (n) => ledgerWith({ measure: `甲${' \t'.repeat(n >> 1)}\n乙` }),
  /** A word of `n` letters without a space (4 MB took seconds in the Markdown→docx step). */
  'long-word': (n) => ledgerWith({ measure: 'a'.repeat(n) }),
  /** Emphasis and link openers, escaped, back to back (1 MB took 10–14 s). */
  'star-underscore-bracket': (n) => ledgerWith({ measure: '*_['.repeat(Math.ceil(n / 3)) }),
  /** `**` pairs with nothing between: the bold pattern of the docx reader. */
  'double-stars': (n) => ledgerWith({ measure: '**a'.repeat(Math.ceil(n / 3)) }),
  /** Semicolons before the end of a plan item (the clause joiner). */
  'semicolon-run': (n) => ledgerWith({ measure: `措施${'；'.repeat(n)}x` }),
  /** Line starts: digits then a dot far away. */
  'digit-run': (n) => ledgerWith({ measure: `${'1'.repeat(n)}x` }),
  /** Ampersands that look like the start of a character reference. */
  'ampersand-run': (n) => ledgerWith({ measure: `&#${'1'.repeat(n)}` }),
  /** Colons: the addressee's trailing colon pattern, and fence lines. */
  'colon-run': (n) => ledgerWith({ measure: `${':'.repeat(n)}x` }),
  /** Line breaks between wide characters. */
  'line-break-run': (n) => ledgerWith({ measure: `甲${'\n'.repeat(n)}乙` }),
  /** A long mixed title (the splitter once enumerated every set of breaks: 12 s for 119 characters). */
  'title-mixed': (n) => ledgerWith({ title: titleText(n) }),
  /** An e-mail-like run (GFM's autolink lookahead scanned forward from every letter). */
  'email-run': (n) => ledgerWith({ measure: `${'a.'.repeat(n >> 1)}@` }),
  /** `www.` and `http://` over and over. */
  'url-run': (n) => ledgerWith({ measure: 'www.http://'.repeat(Math.ceil(n / 11)) }),
};

/** A title of `n` characters mixing Chinese, Latin, digits and punctuation, with many breaks allowed. */
export function titleText(n) {
  const pieces = ['关于', '整改', 'A1', '进展', '、', '情况', '的', '报告', '2023', '和', '落实', 'xyz', '与', '工作'];
  let text = '';
  for (let i = 0; text.length < n; i++) text += pieces[(i * 7 + (i >> 2)) % pieces.length];
  return text.slice(0, n);
}

// ---------- CSV ----------

/** A CSV table: header then rows, each a list of cells, UTF-8 with a BOM, CRLF. */
export function csvOf(rows) {
  const field = (f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return enc(`\ufeff${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`);
}

export const CSV_HEADER = ['序号', '问题', '整改措施', '责任单位', '完成时限', '整改状态'];

/** `count` data rows under the standard header. */
export function csvRows(count, cell = (r, c) => (c === 0 ? String(r + 1) : c === 1 ? `问题${r + 1}` : c === 2 ? `措施${r + 1}` : c === 3 ? '办公室' : c === 4 ? '2024-06-30' : '正在整改')) {
  const rows = [CSV_HEADER];
  for (let r = 0; r < count; r++) rows.push(CSV_HEADER.map((_, c) => cell(r, c)));
  return rows;
}

export const CSV_ATTACKS = {
  /** A header cell of repeated `:` (33 s for 120 KB once). */
  'header-colons': (n) => csvOf([['问题', '整改措施', `${':'.repeat(n)}x`], ['问题1', '措施1', '']]),
  /** A header cell of repeated `()`. */
  'header-parens': (n) => csvOf([['问题', '整改措施', `${'()'.repeat(n >> 1)}x`], ['问题1', '措施1', '']]),
  /** A header cell of spaces. */
  'header-spaces': (n) => csvOf([['问题', '整改措施', `${' '.repeat(n)}x`], ['问题1', '措施1', '']]),
  /** A status cell of separators and a date cell of spaces between digits. */
  'cell-separators': (n) => csvOf([CSV_HEADER, ['1', '问题', '措施', `${'、'.repeat(n)}办公室`, `2024${' '.repeat(n)}-`, `${'。'.repeat(n)}x`]]),
  /** Many rows (a large but honest table). */
  'many-rows': (n) => csvOf(csvRows(Math.max(1, Math.floor(n / 40)))),
  /** One row of many empty fields. */
  'wide-row': (n) => csvOf([['问题', '整改措施', ...Array(n).fill('')], ['问题1', '措施1']]),
  /** Many blank lines after the table. */
  'blank-lines': (n) => Buffer.concat([csvOf(csvRows(2)), Buffer.alloc(n, 0x0a)]),
};

// ---------- zip and xlsx ----------

/**
 * A raw-deflate stream for `parts`: `{ bytes }` as literals and `{ repeat, count }` as one byte
 * repeated (a literal, then copies of 258 at distance 1), with fixed Huffman codes. Gigabytes of
 * output in a few megabytes of stream, made without inflating anything: a zip bomb's payload.
 */
export function deflateRuns(parts) {
  const out = [];
  let acc = 0;
  let bits = 0;
  const put = (value, count) => {
    // LSB-first, as deflate packs everything but Huffman codes
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out.push(acc & 0xff);
      acc >>>= 8;
      bits -= 8;
    }
  };
  const code = (value, length) => {
    // Huffman codes go MSB first
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((value >> i) & 1) << (length - 1 - i);
    put(reversed, length);
  };
  const literal = (b) => (b < 144 ? code(0x30 + b, 8) : code(0x190 + b - 144, 9));
  put(1, 1); // BFINAL
  put(1, 2); // fixed Huffman
  for (const part of parts) {
    if (part.bytes) {
      for (const b of part.bytes) literal(b);
      continue;
    }
    literal(part.repeat);
    let left = part.count - 1;
    while (left >= 258) {
      code(0xc5, 8); // length code 285 = 258, no extra bits
      code(0, 5); // distance code 0 = 1
      left -= 258;
    }
    for (; left > 0; left--) literal(part.repeat);
  }
  code(0, 7); // end of block
  if (bits > 0) out.push(acc & 0xff);
  return Buffer.from(out);
}

/**
 * A zip of `files` ({ name, data } or { name, deflated, size, crc }); `size` is what the headers
 * declare, which a bomb may understate.
 */
export function zipOf(files) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const f of files) {
    const name = enc(f.name);
    const deflated = f.deflated ?? deflateRawSync(f.data);
    const size = f.size ?? f.data.length;
    const crc = f.crc ?? (f.data ? crc32(f.data) : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    local.copy(entry, 8, 6, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    central.push(entry, name);
    offset += 30 + name.length + deflated.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const xmlEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `A`, …, `Z`, `AA`: column `n` (1-based). */
export function columnName(n) {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * A cell: a string (inline string), a number, `{ shared: i }`, `{ inline: xml }` (the raw content
 * of `<is>`), `{ raw: xml }` (the whole `<c>` element), or `{ date: serial }` (number styled as a date).
 */
function cellXml(ref, value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
  if ('shared' in value) return `<c r="${ref}" t="s"><v>${value.shared}</v></c>`;
  if ('inline' in value) return `<c r="${ref}" t="inlineStr"><is>${value.inline}</is></c>`;
  if ('date' in value) return `<c r="${ref}" s="1"><v>${value.date}</v></c>`;
  if ('raw' in value) return value.raw;
  throw new Error(`unknown cell ${JSON.stringify(value)}`);
}

/** Sheet XML from rows of cells (row i is sheet row i+1), merges as `A1:B2` strings. */
export function sheetXml(rows, { merges = [], dimension, extra = '' } = {}) {
  const body = rows
    .map((cells, r) => {
      const xml = cells.map((v, c) => cellXml(`${columnName(c + 1)}${r + 1}`, v)).join('');
      return xml === '' ? '' : `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    (dimension ? `<dimension ref="${dimension}"/>` : '') +
    `<sheetData>${body}${extra}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
    '</worksheet>'
  );
}

/**
 * An .xlsx: `sheets` = [{ name, xml | rows, state?, merges?, deflated?, size? }], optional shared
 * strings (raw `<si>` contents). One date style (s="1", numFmt 14) is declared.
 */
export function xlsxOf(sheets, { sharedStrings } = {}) {
  const files = [];
  files.push({
    name: '[Content_Types].xml',
    data: enc(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
  });
  files.push({
    name: '_rels/.rels',
    data: enc('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
  });
  files.push({
    name: 'xl/workbook.xml',
    data: enc(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
        sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
  });
  files.push({
    name: 'xl/_rels/workbook.xml.rels',
    data: enc(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        (sharedStrings ? `<Relationship Id="rId${sheets.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        '</Relationships>',
    ),
  });
  files.push({
    name: 'xl/styles.xml',
    data: enc(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
    ),
  });
  if (sharedStrings) {
    files.push({
      name: 'xl/sharedStrings.xml',
      data: enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">` +
          sharedStrings.map((s) => `<si>${s}</si>`).join('') +
          '</sst>',
      ),
    });
  }
  sheets.forEach((s, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    if (s.deflated) files.push({ name, deflated: s.deflated, size: s.size ?? 1000, crc: 0 });
    else files.push({ name, data: enc(s.xml ?? sheetXml(s.rows ?? [], { merges: s.merges, dimension: s.dimension })) });
  });
  return zipOf(files);
}

/** The standard header and `count` rows of a hand-made ledger table, as sheet rows. */
export function tableRows(count, header = ['序号', '问题', '整改措施', '责任单位', '完成时限', '整改状态']) {
  const rows = [header];
  for (let r = 0; r < count; r++) rows.push([r + 1, `问题${r + 1}`, `措施${r + 1}`, '办公室', '2024-06-30', '正在整改']);
  return rows;
}

export const XLSX_ATTACKS = {
  /** A value far away (XFD1048576): walked cell by cell once (4 GB, abort). */
  'far-cell': () => {
    const rows = tableRows(3);
    return xlsxOf([{ name: '台账', xml: sheetXml(rows, { extra: '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row>' }) }]);
  },
  /** A styled but empty far cell and a huge dimension: nothing to read there. */
  'far-empty-cell': () => {
    const rows = tableRows(3);
    return xlsxOf([{ name: '台账', xml: sheetXml(rows, { dimension: 'A1:XFD1048576', extra: '<row r="1048576"><c r="XFD1048576" s="0"/></row>' }) }]);
  },
  /** A merge over the whole sheet. */
  'huge-merge': () => xlsxOf([{ name: '台账', xml: sheetXml(tableRows(3), { merges: ['G1:XFD1048576'] }) }]),
  /** A sheet that inflates to `n` bytes of spaces inside sheetData (1.7 GB once before refusal). */
  'zip-bomb': (n = 1_700_000_000) => {
    const head = enc(sheetXml(tableRows(2)).replace('</sheetData></worksheet>', ''));
    const deflated = deflateRuns([{ bytes: head }, { repeat: 0x20, count: n }, { bytes: enc('</sheetData></worksheet>') }]);
    return xlsxOf([{ name: '台账', deflated, size: 4096 }]);
  },
  /** Many honest rows. */
  'many-rows': (n) => xlsxOf([{ name: '台账', rows: tableRows(Math.max(1, Math.floor(n / 200))) }]),
  /** Inline strings with phonetic runs: `<rPh>` once stopped the reader after two rows. */
  'phonetic-runs': () => {
    const rows = tableRows(20).map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 2 ? { inline: `<t>措施${r}</t><rPh sb="0" eb="2"><t>ソチ</t></rPh><phoneticPr fontId="1"/>` } : v))));
    return xlsxOf([{ name: '台账', rows }]);
  },
};
