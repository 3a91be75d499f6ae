/**
 * The shape of the message catalogue: one entry per problem code (and per piece of interface text),
 * in each language. zh.ts is the reference; en.ts must have exactly its keys (the type says so).
 */
import type { Params } from '../../model/problem.js';

export interface Entry {
  /** What is wrong, or the text itself for interface text. */
  message: (p: Params) => string;
  /** How to fix it, applied literally; absent when there is nothing to do. */
  hint?: (p: Params) => string;
}

export type Catalogue = Record<string, Entry>;

/** `“value”` as Chinese text quotes it. */
export const q = (value: string | number | undefined): string => `“${value ?? ''}”`;
