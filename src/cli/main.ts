// The `doingoai` command: parses the sub-command and hands over. Exit codes: 0 ok, 1 some inputs failed, 2 usage.
import { UsageError } from './args.ts';
import type { Command } from './command.ts';
import { commandLoaders, loadCommands } from './commands/index.ts';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help(await loadCommands()));
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commandLoaders, name) ? commandLoaders[name] : undefined;
  if (!load) {
    process.stderr.write(`doingoai: lệnh không rõ / unknown command "${name}"\n${help(await loadCommands())}`);
    return 2;
  }
  const cmd = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`doingoai ${name}: ${e.message}\nusage: ${cmd.usage}\n`);
      return 2;
    }
    process.stderr.write(`doingoai ${name}: ${(e as Error).message}\n`);
    return 1;
  }
}

function help(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `doingoai — tin đối ngoại Việt Nam thành dữ liệu có nguồn / Vietnamese foreign-affairs news as sourced data\n\n${commands
    .map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
    .join('\n')}\n\nChi tiết / details: doingoai COMMAND --help\n`;
}
