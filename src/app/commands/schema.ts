import type { Command } from 'commander';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';

export const schemaCommand: CommandModule = {
  name: 'schema',
  register(command: Command, ctx: CliContext): void {
    command
      .description(ctx.say('help.schema'))
      .addHelpText('after', ctx.say('help.schema.examples'))
      .option('--summary', ctx.say('help.option.schema-summary'))
      .action(async (options: { summary?: boolean }) => {
        await writeText(ctx.io.stdout, ctx.host.schemaText(options.summary ? 'summary' : 'ledger'));
      });
  },
};
