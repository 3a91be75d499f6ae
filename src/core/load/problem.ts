/**
 * What loading found wrong, before it is worded: a stable code, the place, and the facts a message
 * needs. The app's catalogue words them (src/app/messages/), so loading stays free of wording.
 */
export interface LoadProblem {
  code: LoadCode;
  /** 1-based; 0 when about the file as a whole. */
  line: number;
  column: number;
  /** Key path when the problem sits under a key, else ''. */
  path: string;
  params: Record<string, string | number>;
}

export type LoadCode =
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'explicit-tag'
  | 'merge-key'
  | 'yaml-version'
  | 'cyclic-alias'
  | 'alias-limit'
  | 'too-large'
  | 'too-many-items'
  | 'too-deep'
  | 'not-utf8'
  | 'not-a-mapping'
  | 'empty'
  | 'bad-key'
  | 'not-finite'
  // what the user typed wrong, found on the line itself (explain.ts)
  | 'fullwidth-colon'
  | 'colon-without-space'
  | 'fullwidth-space'
  | 'tab-indent'
  | 'bad-indent'
  | 'dash-without-space'
  | 'value-start'
  | 'unclosed-quote'
  | 'unquoted-colon'
  | 'item-without-key'
  | 'unclosed-bracket';
