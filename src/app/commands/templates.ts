import type { Command } from 'commander';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';

export const templatesCommand: CommandModule = {
  name: 'templates',
  register(templates: Command, ctx: CliContext): void {
    const { host } = ctx;
    templates.description(ctx.say('help.templates')).addHelpText('after', ctx.say('help.templates.examples'));
    templates
      .command('list')
      .description(ctx.say('help.templates.list'))
      .action(async () => {
        const lines = host.templates.shipped().map((name) => `${name}\t${host.templates.shippedDir(name)}`);
        await writeText(ctx.io.stdout, `${lines.join('\n')}\n`);
      });
    templates
      .command('export')
      .description(ctx.say('help.templates.export'))
      .argument('<NAME>', ctx.say('help.argument.set-name'))
      .argument('<DIR>', ctx.say('help.argument.new-dir'))
      .action(async (name: string, dir: string) => {
        host.templates.copyShipped(name, dir);
        await ctx.tell('templates.exported', { name, dir });
      });
  },
};
