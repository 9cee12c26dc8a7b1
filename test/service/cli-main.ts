// The service commands on their own, as src/cli/main.ts wires them; cli.test.ts runs `serve` with it.
import { Command } from 'commander';
import { serviceCommands } from '../../src/cli/service.ts';

let exitCode = 0;
const program = new Command('corroborate').exitOverride();
for (const command of serviceCommands((code) => {
  exitCode = code;
}))
  program.addCommand(command);
await program.parseAsync(process.argv);
process.exitCode = exitCode;
