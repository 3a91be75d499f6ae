/**
 * The one report of something wrong, from every layer. A problem is a value: a stable code, how
 * bad it is, where it is, and the facts a message needs. It carries no wording — the app's message
 * catalogue (src/app/messages/) says it in the user's language — so the core never decides a
 * language and a message is written once.
 */
export type Severity = 'error' | 'warning';

/** Facts for the message: file names, values as typed, counts, enum words. Never a sentence. */
export type Params = Readonly<Record<string, string | number>>;

export interface Place {
  /** The file as the user named it (`<stdin>` for standard input); '' when about no file. */
  file: string;
  /** 1-based; 0 when the problem is about the file as a whole. */
  line: number;
  column: number;
  /** Key path in the ledger (`aspects[2].issues[0].status`) or a sheet cell (`台账!C7`); '' when none. */
  path: string;
}

export interface Problem {
  /** Stable English identifier, e.g. `unknown-key`; documented in docs/, never translated. */
  code: string;
  severity: Severity;
  place: Place;
  params: Params;
}

export function placeIn(file: string, line = 0, column = 0, path = ''): Place {
  return { file, line, column, path };
}

export function problem(code: string, place: Place, params: Params = {}, severity: Severity = 'error'): Problem {
  return { code, severity, place, params };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** By file, line, column, then code: output order never depends on the order rules run in. */
export function sortProblems<T extends Problem>(problems: readonly T[]): T[] {
  return [...problems].sort(
    (a, b) =>
      (a.place.file < b.place.file ? -1 : a.place.file > b.place.file ? 1 : 0) ||
      a.place.line - b.place.line ||
      a.place.column - b.place.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/**
 * The one exception rectify throws on purpose: problems that stop a command (a file that cannot be
 * read or written, a template that does not compile). The app reports them like any other problem;
 * how they end the run (exit 1 or 2) is decided once, from their codes (src/app/exit.ts).
 */
export class Failure extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    super(list.map((p) => p.code).join(', '));
    this.name = 'Failure';
    this.problems = list;
  }
}

export function fail(code: string, place: Place, params: Params = {}): never {
  throw new Failure(problem(code, place, params));
}
