import { Option, type Command } from 'commander';
import { DEFAULT_KIND, DEFAULT_UNIT, INSPECTION_KINDS } from '../../core/init/starter-ledger.js';
import type { InspectionKind } from '../../model/ledger.js';
import type { CliContext, CommandModule } from '../context.js';
import { askStarter, Cancelled } from '../init/ask-starter.js';
import { fail, placeIn } from '../../model/problem.js';
import { initLedger } from '../init/init-ledger.js';

interface InitCliOptions {
  unit?: string;
  kind?: InspectionKind;
  by?: string;
  force?: boolean;
  yes?: boolean;
}

async function runInit(dir: string, options: InitCliOptions, ctx: CliContext): Promise<void> {
  const { io } = ctx;
  let unit = options.unit ?? DEFAULT_UNIT;
  let kind = options.kind ?? DEFAULT_KIND;
  let by = options.by;
  const canAsk = (io.stdin as { isTTY?: boolean }).isTTY === true && options.yes !== true;
  if (canAsk && (options.unit === undefined || options.kind === undefined || options.by === undefined)) {
    // only what the flags did not give; Ctrl-D before the last answer writes nothing
    try {
      ({ unit, kind, by } = await askStarter(io.stdin, io.stderr, options, { unit: DEFAULT_UNIT, kind: DEFAULT_KIND }, ctx.say));
    } catch (error) {
      if (error instanceof Cancelled) fail('cancelled', placeIn(''));
      throw error;
    }
  }
  const result = initLedger({ dir, unit, kind, ...(by === undefined ? {} : { by }), today: ctx.host.today(), force: options.force === true }, ctx.host);
  await ctx.tell('init.created', { files: result.written.join('、') }, 'done');
  await ctx.tell('init.next', { ledger: result.ledger });
}

export const initCommand: CommandModule = {
  name: 'init',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.init'))
      .addHelpText('after', ctx.say('help.init.examples'))
      .argument('[DIR]', ctx.say('help.argument.init-dir'), '.')
      .option('--unit <name>', ctx.say('help.option.unit', { default: DEFAULT_UNIT }))
      .addOption(new Option('--kind <kind>', ctx.say('help.option.kind', { default: DEFAULT_KIND })).choices(INSPECTION_KINDS))
      .option('--by <team>', ctx.say('help.option.by'))
      .option('-f, --force', ctx.say('help.option.init-force'))
      .option('-y, --yes', ctx.say('help.option.yes'))
      .action(async (dir: string, options: InitCliOptions) => runInit(dir, options, ctx));
  },
};
