/**
 * Figures typed by hand into the prose where a placeholder says them: `制定整改措施3条` above a list
 * of 2 measures, `8项问题` in a ledger of 7. Only a number directly joined to a count word that
 * means what a placeholder counts is read; a year, a date, a law article, a phone number, a sum
 * of money or a count of anything else is never one:
 *
 *   N个方面                                   {{aspects}}
 *   N项问题 · N个问题 · 问题N项 · 问题N个        {{issues}}
 *   N条(整改)措施 · N项(整改)措施 · N条整改举措 · 整改措施N条 · 措施N条 · 整改举措N条      {{measures}}
 *   N项已整改完成 · N项已完成整改 · 已整改完成N项 · 已完成整改N项                        {{done}}
 *   N名责任领导 · N位责任领导 · 责任领导N名                                            {{leaders}}
 *   N个责任单位 · N家责任单位 · 责任单位N个                                            {{units}}
 *   N名责任人 · N位责任人 · 责任人N名                                                  {{owners}}
 *
 * A number right after 第 (an ordinal), after 其中, 已, 尚, 仍, 另, 还, 约, 近 or 余 (a part, not the
 * whole), a noun qualified by the words before it (`立行立改问题2个`, see WHOLE_WORDS), or inside a
 * longer number (2023, 1.5, 3-1) is not read. Digits are ASCII.
 */

export interface TypedCount {
  /** Index of the number's first digit in the text. */
  index: number;
  value: number;
  /** The placeholder that says it: `issues`, `measures`, … */
  name: string;
  /** The words as typed, `整改措施3条`, and with the placeholder in place of the number. */
  phrase: string;
  fixed: string;
}

/** Count words after the number, longest first where one begins another. */
const AFTER: readonly [string, string][] = [
  ['项问题已整改完成', 'done'],
  ['项已整改完成', 'done'],
  ['项已完成整改', 'done'],
  ['个方面', 'aspects'],
  ['项问题', 'issues'],
  ['个问题', 'issues'],
  ['条整改措施', 'measures'],
  ['项整改措施', 'measures'],
  ['条整改举措', 'measures'],
  ['项整改举措', 'measures'],
  ['条措施', 'measures'],
  ['项措施', 'measures'],
  ['名责任领导', 'leaders'],
  ['位责任领导', 'leaders'],
  ['个责任单位', 'units'],
  ['家责任单位', 'units'],
  ['名责任人', 'owners'],
  ['位责任人', 'owners'],
];

/** A noun before the number and its measure word after it. */
const AROUND: readonly [string, string, string][] = [
  ['整改措施', '条', 'measures'],
  ['整改举措', '条', 'measures'],
  ['措施', '条', 'measures'],
  ['问题', '项', 'issues'],
  ['问题', '个', 'issues'],
  ['已整改完成', '项', 'done'],
  ['已完成整改', '项', 'done'],
  ['责任领导', '名', 'leaders'],
  ['责任单位', '个', 'units'],
  ['责任人', '名', 'owners'],
];

/** A part, not the whole: `其中3项问题`, `第3项问题`, `已有2项问题`. */
const PART_WORDS = ['其中', '第', '已', '尚', '仍', '另', '还', '约', '近', '余'];

/**
 * Before a noun that leads its figure (`问题8个`), the words that make it the whole: a verb of
 * finding or deciding, or 共. Any other word there qualifies the noun — `立行立改问题2个`,
 * `重点整改措施3条` — and names a part.
 */
const WHOLE_WORDS = ['共', '有', '计', '了', '反馈', '存在', '发现', '指出', '梳理', '查摆', '制定', '明确', '涉及', '落实', '提出'];

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHan = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

export function typedCounts(text: string): TypedCount[] {
  const found: TypedCount[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i])) continue;
    const start = i;
    while (isDigit(text[i])) i++;
    const end = i;
    i--;
    const before = text[start - 1];
    // inside a longer number, a date, an id or a decimal
    if (before !== undefined && (isDigit(before) || '.-/:：．'.includes(before) || /[A-Za-z]/.test(before))) continue;
    if (text[end] === '.' && isDigit(text[end + 1])) continue;
    if (end - start > 5) continue;
    const head = text.slice(Math.max(0, start - 6), start);
    const number = text.slice(start, end);
    const value = Number(number);
    const after = AFTER.find(([words]) => text.startsWith(words, end));
    if (after) {
      // `已有3项问题已整改完成` reads as done; `其中2项问题` as a part
      if (after[1] !== 'done' && PART_WORDS.some((w) => head.endsWith(w))) continue;
      if (after[1] === 'done' && head.endsWith('第')) continue;
      found.push({ index: start, value, name: after[1], phrase: number + after[0], fixed: `{{${after[1]}}}${after[0]}` });
      continue;
    }
    const around = AROUND.find(([noun, unit]) => head.endsWith(noun) && text.startsWith(unit, end));
    if (around) {
      const [noun, unit, name] = around;
      const part = text.slice(0, start - noun.length);
      if (name !== 'done' && PART_WORDS.some((w) => part.endsWith(w))) continue;
      if (name !== 'done' && isHan(part[part.length - 1]) && !WHOLE_WORDS.some((w) => part.endsWith(w))) continue;
      found.push({ index: start, value, name, phrase: noun + number + unit, fixed: `${noun}{{${name}}}${unit}` });
    }
  }
  return found;
}
