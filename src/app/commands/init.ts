import { basename, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { fileError } from '../../model/diagnostic.js';
import { askStarter } from '../init/ask-starter.js';
import { LEDGER_FILE, initLedger, todayIso } from '../init/init-ledger.js';
import { INSPECTION_KINDS } from '../../core/init/starter-ledger.js';
import { WouldOverwriteError } from '../init/write-new-files.js';
import type { InspectionKind } from '../../model/ledger.js';
import { chalkFor } from '../color.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';

interface InitCliOptions {
  unit?: string;
  kind?: InspectionKind;
  by?: string;
  force?: boolean;
  yes?: boolean;
}

const DEFAULT_UNIT = 'XX单位';
const DEFAULT_KIND: InspectionKind = '巡察';

const TEXT = {
  zh: {
    exists: (paths: string) => `文件已存在，未作改动：${paths}`,
    existsHint: '加 --force 覆盖，或换一个目录：rectify init 新目录',
    created: (files: string) => `已创建 ${files}`,
    next: (ledger: string) =>
      `下一步：按注释修改 ${ledger}，然后运行\n  rectify validate ${ledger}\n  rectify build ${ledger}`,
    and: '、',
  },
  en: {
    exists: (paths: string) => `file exists, nothing was changed: ${paths}`,
    existsHint: 'add --force to overwrite, or choose another folder: rectify init NEW-FOLDER',
    created: (files: string) => `created ${files}`,
    next: (ledger: string) =>
      `next: edit ${ledger} following its comments, then run\n  rectify validate ${ledger}\n  rectify build ${ledger}`,
    and: ', ',
  },
} as const;

const HELP_EXAMPLES = `
Examples:
  rectify init                          在当前目录创建 ledger.yaml 和 ledger.schema.json
  rectify init 2024-整改 --unit XX县司法局 --kind 巡察
  rectify init --force                  覆盖已有的 ledger.yaml

On a terminal init asks for the unit, the inspection kind and the team; with --yes, or when
standard input is not a terminal (scripts, CI), it asks nothing and uses the options or defaults.
The ledger's first line points editors at ./ledger.schema.json, a copy of the shipped schema
written beside it; refresh that copy after upgrading with: rectify schema > ledger.schema.json
`;

function isTerminal(stream: NodeJS.ReadableStream): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

async function runInit(dirArg: string | undefined, options: InitCliOptions, ctx: CliContext): Promise<void> {
  const { lang } = ctx.globals();
  const t = TEXT[lang];
  const { io } = ctx;
  const dir = resolve(io.cwd, dirArg ?? '.');
  let unit = options.unit ?? DEFAULT_UNIT;
  let kind = options.kind ?? DEFAULT_KIND;
  let by = options.by;
  const canAsk = isTerminal(io.stdin) && options.yes !== true;
  if (canAsk && (options.unit === undefined || options.kind === undefined || options.by === undefined)) {
    const answers = await askStarter(io.stdin, io.stderr, { unit, kind, ...(by === undefined ? {} : { by }) }, lang);
    ({ unit, kind, by } = answers);
  }

  // Paths are shown as the user wrote the folder, the way diagnostics name files.
  const shown = (path: string) => (dirArg === undefined ? basename(path) : join(dirArg, basename(path)));
  try {
    const result = initLedger({ dir, unit, kind, ...(by === undefined ? {} : { by }), today: todayIso(io.env), force: options.force === true });
    const written = [shown(result.ledgerPath), ...(result.schemaWritten ? [shown(result.schemaPath)] : [])];
    const c = chalkFor(io.stderr, io.env);
    await writeText(io.stderr, `${c.green(t.created(written.join(t.and)))}\n${t.next(shown(result.ledgerPath))}\n`);
  } catch (error) {
    if (!(error instanceof WouldOverwriteError)) throw error;
    const paths = error.paths.map(shown);
    throw fileError(paths[0] ?? shown(resolve(dir, LEDGER_FILE)), 'would-overwrite', t.exists(paths.join(t.and)), t.existsHint);
  }
}

export const initCommand: CommandModule = {
  name: 'init',
  register(command: Command, ctx: CliContext): void {
    command
      .description('start a ledger: a commented starter ledger.yaml (新建整改台账)')
      .argument('[DIR]', 'folder to create the ledger in (created when missing)', '.')
      .option('--unit <name>', `the inspected organisation, signs the report (default ${DEFAULT_UNIT})`)
      .addOption(new Option('--kind <kind>', `inspection kind (default ${DEFAULT_KIND})`).choices(INSPECTION_KINDS))
      .option('--by <team>', 'the inspection team, e.g. 市委第五巡察组 (default by kind)')
      .option('-f, --force', 'overwrite an existing ledger.yaml and ledger.schema.json')
      .option('-y, --yes', 'ask nothing, even on a terminal')
      .addHelpText('after', HELP_EXAMPLES)
      .action(async (dir: string | undefined, options: InitCliOptions) => runInit(dir, options, ctx));
  },
};
