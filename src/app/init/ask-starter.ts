import { createRequire } from 'node:module';
import type { Lang } from '../../model/diagnostic.js';
import type { InspectionKind } from '../../model/ledger.js';
import { INSPECTION_KINDS, defaultTeam } from '../../core/init/starter-ledger.js';

export interface StarterAnswers {
  unit: string;
  kind: InspectionKind;
  by: string;
}

const QUESTIONS = {
  zh: {
    unit: '被检查单位（报告落款）',
    kind: `检查类型（${INSPECTION_KINDS.join('、')}）`,
    by: (kind: string) => `${kind}组名称`,
    badKind: `请填写 ${INSPECTION_KINDS.join('、')} 之一。\n`,
    colon: '：',
  },
  en: {
    unit: 'Inspected organisation (signs the report)',
    kind: `Inspection kind (${INSPECTION_KINDS.join(', ')})`,
    by: (kind: string) => `Inspection team (${kind}组)`,
    badKind: `Answer one of ${INSPECTION_KINDS.join(', ')}.\n`,
    colon: ': ',
  },
} as const;

/**
 * Three questions for a person at a terminal, each with its default in brackets; an empty answer
 * (or the end of input) takes the default. Prompts go to `output` (stderr), so stdout stays clean.
 */
export async function askStarter(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  defaults: { unit: string; kind: InspectionKind; by?: string },
  lang: Lang,
): Promise<StarterAnswers> {
  const q = QUESTIONS[lang];
  // required here, not imported: every other command would pay for compiling readline at start-up
  const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline');
  const rl = createInterface({ input, terminal: false });
  // The line iterator buffers: answers typed (or piped) ahead of a prompt are not lost.
  const lines = rl[Symbol.asyncIterator]();
  let ended = false;
  const ask = async (question: string, fallback: string): Promise<string> => {
    output.write(`${question} [${fallback}]${q.colon}`);
    const next = ended ? undefined : await lines.next();
    if (next === undefined || next.done === true) {
      ended = true;
      output.write('\n');
      return fallback;
    }
    return String(next.value).trim() || fallback;
  };
  try {
    const unit = await ask(q.unit, defaults.unit);
    let kind: InspectionKind | undefined;
    while (kind === undefined) {
      const answer = await ask(q.kind, defaults.kind);
      kind = INSPECTION_KINDS.find((k) => k === answer);
      if (kind === undefined) output.write(q.badKind);
    }
    const by = await ask(q.by(kind), defaults.by ?? defaultTeam(kind));
    return { unit, kind, by };
  } finally {
    rl.close();
  }
}
