import { createRequire } from 'node:module';
import type { InspectionKind } from '../../model/ledger.js';
import type { Params } from '../../model/problem.js';
import { INSPECTION_KINDS, defaultTeam } from '../../core/init/starter-ledger.js';
import type { MessageKey } from '../messages/index.js';

export interface StarterAnswers {
  unit: string;
  kind: InspectionKind;
  by: string;
}

/**
 * Three questions for a person at a terminal, each with its default in brackets; an empty answer
 * (or the end of input) takes the default. Prompts go to `output` (stderr), so stdout stays clean.
 */
export async function askStarter(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  defaults: { unit: string; kind: InspectionKind; by?: string },
  say: (key: MessageKey, params?: Params) => string,
): Promise<StarterAnswers> {
  // required here, not imported: every other command would pay for compiling readline at start-up
  const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  const rl = createInterface({ input, terminal: false });
  // The line iterator buffers: answers typed (or piped) ahead of a prompt are not lost.
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  const ask = async (question: string, fallback: string): Promise<string> => {
    output.write(say('init.ask', { question, fallback }));
    const next = ended ? undefined : await lines.next();
    if (next === undefined || next.done === true) {
      ended = true;
      output.write('\n');
      return fallback;
    }
    return String(next.value).trim() || fallback;
  };
  try {
    const unit = await ask(say('init.ask.unit'), defaults.unit);
    let kind: InspectionKind | undefined;
    while (kind === undefined) {
      const answer = await ask(say('init.ask.kind', { kinds: INSPECTION_KINDS.join('、') }), defaults.kind);
      kind = INSPECTION_KINDS.find((k) => k === answer);
      if (kind === undefined) output.write(`${say('init.ask.bad-kind', { kinds: INSPECTION_KINDS.join('、') })}\n`);
    }
    const by = await ask(say('init.ask.by', { kind }), defaults.by ?? defaultTeam(kind));
    return { unit, kind, by };
  } finally {
    rl.close();
  }
}
