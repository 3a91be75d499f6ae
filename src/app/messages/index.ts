/**
 * The one message catalogue: problems become diagnostics here, in the user's language, and every
 * other sentence the CLI prints (help, summaries, "wrote …") is looked up here too.
 */
import type { Params, Problem, Severity } from '../../model/problem.js';
import type { Catalogue, Entry } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type MessageKey = keyof typeof zh;

const CATALOGUES: Record<Lang, Catalogue> = { zh, en };

/** A problem as the user reads it: what the reporters print (human, json, github). */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
  hint: string;
}

function entry(key: string, lang: Lang): Entry | undefined {
  return Object.hasOwn(CATALOGUES[lang], key) ? CATALOGUES[lang][key] : undefined;
}

/** Problem codes are the catalogue's plain keys; interface text is keyed `area.name`. */
export const PROBLEM_CODES: readonly string[] = Object.keys(zh).filter((key) => !key.includes('.'));

export function word(problem: Problem, lang: Lang): Diagnostic {
  const wording = entry(problem.code, lang);
  return {
    severity: problem.severity,
    code: problem.code,
    // an unknown code is a bug, but the user still learns the code and where
    message: wording ? wording.message(problem.params) : problem.code,
    file: problem.place.file,
    line: problem.place.line,
    column: problem.place.column,
    path: problem.place.path,
    hint: wording?.hint?.(problem.params) ?? '',
  };
}

/** Interface text by key, e.g. `say('build.wrote', { file }, lang)`. */
export function say(key: MessageKey, params: Params, lang: Lang): string {
  return entry(key, lang)?.message(params) ?? key;
}
