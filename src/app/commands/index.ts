import type { CommandModule } from '../context.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { nextCommand } from './next.js';
import { schemaCommand } from './schema.js';
import { statsCommand } from './stats.js';
import { summaryCommand } from './summary.js';
import { templatesCommand } from './templates.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order `rectify --help` lists them. Add new commands here. */
export const commands: CommandModule[] = [initCommand, validateCommand, buildCommand, summaryCommand, templatesCommand, statsCommand, diffCommand, nextCommand, exportCommand, importCommand, schemaCommand, checkCommand];
