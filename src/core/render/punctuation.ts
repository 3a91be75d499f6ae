/**
 * Where the report joins a ledger text to punctuation of its own (`；` between measures, `。` after
 * the last, `，` after a lead, `：` after the addressee), the two must not clash: "；；", "；。",
 * "。，". One rule for every such join: the text's own clause mark (，；、：) gives way to the
 * report's, and its own sentence end (。！？) stands and takes nothing after it.
 */
const CLAUSE_END = /[，；、：,;:\s]+$/;
const SENTENCE_END = /[。！？!?]$/;

/** `text` ending in `mark`, unless it already ends a sentence: `压实责任；` + `。` → `压实责任。`. */
export function endWith(text: string, mark: string): string {
  const bare = text.replace(CLAUSE_END, '');
  return SENTENCE_END.test(bare) ? bare : bare + mark;
}

/** Whether `text` ends a sentence (。！？), after any clause mark is dropped. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(CLAUSE_END, ''));
}

/** `text` without any mark it ends in, for a place whose mark is fixed (the addressee's `：`). */
export function withoutEndMarks(text: string): string {
  return text.replace(/[，；、：,;:。！？!?\s]+$/, '');
}

/** The marks the report itself sets after a text, which a text's own ending must not meet. */
export const JOIN_MARKS = '，；。：！？、';

/** “…” inside a text that will itself stand in “…” becomes ‘…’, as Chinese quoting nests. */
export function innerQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}
