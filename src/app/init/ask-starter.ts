import { createRequire } from 'node:module';
import type { InspectionKind } from '../../model/ledger.js';
import type { Params } from '../../model/problem.js';
import { FILL_IN } from '../../model/placeholders.js';
import { INSPECTION_KINDS, defaultTeam } from '../../core/init/starter-ledger.js';
import type { MessageKey } from '../messages/index.js';

export interface StarterAnswers {
  unit: string;
  kind: InspectionKind;
  by: string;
}

/** The person ended the questions (Ctrl-D, or Ctrl-C where the terminal hands it over): write nothing. */
export class Cancelled extends Error {}

/** End of transmission (Ctrl-D) or end of text (Ctrl-C), typed into an answer by a raw terminal. */
const CANCEL = /[\u0003\u0004]/;

/**
 * Questions for a person at a terminal, only for what the command line did not give. The unit and
 * the kind show their default in brackets, taken on an empty answer; the team has none to invent:
 * an empty answer leaves 【待填写】, which validation then points at. The end of input before the
 * last answer (Ctrl-D) cancels: nothing is written. Prompts go to `output` (stderr), so stdout
 * stays clean. (Ctrl-C on a terminal stops the process before anything is written.)
 */
export async function askStarter(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  given: { unit?: string; kind?: InspectionKind; by?: string },
  defaults: { unit: string; kind: InspectionKind },
  say: (key: MessageKey, params?: Params) => string,
): Promise<StarterAnswers> {
  // required here, not imported: every other command would pay for compiling readline at start-up
  const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  const rl = createInterface({ input, terminal: false });
  // The line iterator buffers: answers typed (or piped) ahead of a prompt are not lost.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string, fallback: string): Promise<string> => {
    output.write(say('init.ask', { question, fallback }));
    const next = await lines.next();
    if (next.done === true || CANCEL.test(String(next.value))) {
      output.write('\n');
      throw new Cancelled();
    }
    return String(next.value).trim() || fallback;
  };
  try {
    const unit = given.unit ?? (await ask(say('init.ask.unit'), defaults.unit));
    let kind = given.kind;
    while (kind === undefined) {
      const answer = await ask(say('init.ask.kind', { kinds: INSPECTION_KINDS.join('、') }), defaults.kind);
      kind = INSPECTION_KINDS.find((k) => k === answer);
      if (kind === undefined) output.write(`${say('init.ask.bad-kind', { kinds: INSPECTION_KINDS.join('、') })}\n`);
    }
    const by = given.by ?? (await ask(say('init.ask.by', { kind, example: defaultTeam(kind) }), '')) ?? '';
    return { unit, kind, by: by === '' ? FILL_IN : by };
  } finally {
    rl.close();
  }
}
