import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { fileError, RectifyError } from '../../model/diagnostic.js';
import { listShippedTemplateSets, shippedTemplateSetDir } from '../../host/template-set.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';
import { reportDiagnostics } from '../report/index.js';

/** Copy a shipped set into DIR, which must not exist or be empty: never overwrite a user's work. */
async function exportSet(name: string, dir: string, ctx: CliContext): Promise<void> {
  // loaded here, not at start-up: every other command runs without node:fs/promises
  const { cp, lstat, readdir } = await import('node:fs/promises');
  const { lang } = ctx.globals();
  const say = (zh: string, en: string) => (lang === 'en' ? en : zh);
  const source = shippedTemplateSetDir(name);
  const target = resolve(ctx.io.cwd, dir);
  try {
    const stat = await lstat(target);
    if (!stat.isDirectory() || (await readdir(target)).length > 0) {
      throw fileError(dir, 'target-not-empty', say(`目标已存在且不是空目录：${dir}`, `target exists and is not an empty folder: ${dir}`), say('换一个新目录名', 'choose a new folder name'));
    }
  } catch (error) {
    if (error instanceof RectifyError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await cp(source, target, { recursive: true, errorOnExist: true, force: false });
  await writeText(ctx.io.stderr, say(`已导出模板集 ${name} 到 ${dir}；用 --templates ${dir} 构建\n`, `exported template set ${name} to ${dir}; build with --templates ${dir}\n`));
}

const HELP_EXAMPLES = `
Examples:
  rectify templates list
  rectify templates export default my-templates      then edit and: rectify build ledger.yaml --templates my-templates

A set is report.md.hbs, partials/*.hbs and layout.json (fonts, sizes, margins, page numbers).
`;

export const templatesCommand: CommandModule = {
  name: 'templates',
  register(templates: Command, ctx: CliContext): void {
    templates.description('shipped template sets (模板集): list, export').addHelpText('after', HELP_EXAMPLES);
    templates
      .command('list')
      .description('list the shipped template sets')
      .action(async () => {
        const lines = listShippedTemplateSets().map((name) => `${name}\t${join(shippedTemplateSetDir(name))}`);
        await writeText(ctx.io.stdout, `${lines.join('\n')}\n`);
      });
    templates
      .command('export')
      .description('copy a shipped set into DIR to start your own (then build with --templates DIR)')
      .argument('<NAME>', 'default or audit')
      .argument('<DIR>', 'a new folder')
      .action(async (name: string, dir: string) => {
        try {
          await exportSet(name, dir, ctx);
        } catch (error) {
          if (!(error instanceof RectifyError)) throw error;
          ctx.fail(2);
          await reportDiagnostics(ctx.io, [error.diagnostic], { format: 'human', lang: ctx.globals().lang, files: [] });
        }
      });
  },
};
