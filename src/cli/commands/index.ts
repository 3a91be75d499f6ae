import type { CommandModule } from '../context.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order `rectify --help` lists them. Add new commands here. */
export const commands: CommandModule[] = [validateCommand];
