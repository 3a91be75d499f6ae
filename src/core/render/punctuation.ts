/**
 * Where the report joins a ledger text to punctuation of its own (`；` between measures, `。` after
 * the last, `，` after a lead, `：` after the addressee), the two must not clash: "；；", "；。",
 * "。，". One rule for every such join: the text's own clause mark (，；、：) gives way to the
 * report's, and its own sentence end (。！？) stands and takes nothing after it.
 */
const CLAUSE_MARKS = '，；、：,;:';
const SENTENCE_MARKS = '。！？!?';

/**
 * `text` without the characters at its end that `drop` accepts, read from the end in one pass
 * (a ledger text is user input: no pattern that backtracks over a long run of marks).
 */
function withoutEnd(text: string, drop: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

const isSpace = (c: string): boolean => c.trim() === '';
const isClauseEnd = (c: string): boolean => CLAUSE_MARKS.includes(c) || isSpace(c);

/** `text` without the clause marks and spaces it ends in (`压实责任；` → `压实责任`). */
export function withoutClauseMarks(text: string): string {
  return withoutEnd(text, isClauseEnd);
}

const endsWithSentenceMark = (text: string): boolean => text !== '' && SENTENCE_MARKS.includes(text[text.length - 1]!);

/** `text` ending in `mark`, unless it already ends a sentence: `压实责任；` + `。` → `压实责任。`. */
export function endWith(text: string, mark: string): string {
  const bare = withoutClauseMarks(text);
  return endsWithSentenceMark(bare) ? bare : bare + mark;
}

/** Whether `text` ends a sentence (。！？), after any clause mark is dropped. */
export function endsSentence(text: string): boolean {
  return endsWithSentenceMark(withoutClauseMarks(text));
}

/** `text` without any mark it ends in, for a place whose mark is fixed (the addressee's `：`). */
export function withoutEndMarks(text: string): string {
  return withoutEnd(text, (c) => isClauseEnd(c) || SENTENCE_MARKS.includes(c));
}

/** The marks the report itself sets after a text, which a text's own ending must not meet. */
export const JOIN_MARKS = '，；。：！？、';

/** “…” inside a text that will itself stand in “…” becomes ‘…’, as Chinese quoting nests. */
export function innerQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}
