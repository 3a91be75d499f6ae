import type { Command } from 'commander';
import { readPackageSchema } from '../init/package-schema.js';
import type { CliContext, CommandModule } from '../context.js';
import { writeText } from '../io.js';

const HELP_EXAMPLES = `
Examples:
  rectify schema > ledger.schema.json    refresh the copy that editors read (see rectify init)
  rectify schema | jq '.properties | keys'

Prints the JSON Schema of the ledger format shipped with this version of rectify, byte for
byte. Editors with a YAML language server use it for completion and a Chinese description of
every key, through the ledger's first line: # yaml-language-server: $schema=./ledger.schema.json
`;

export const schemaCommand: CommandModule = {
  name: 'schema',
  register(command: Command, ctx: CliContext): void {
    command
      .description('print the JSON Schema of the ledger format (输出台账的 JSON Schema)')
      .addHelpText('after', HELP_EXAMPLES)
      .action(async () => {
        await writeText(ctx.io.stdout, readPackageSchema());
      });
  },
};
