// Every CLI command, in the order `doingoai help` lists them. Add a command by adding its module here.
import type { Command } from '../command.ts';
import { evalCommand } from './eval.ts';
import { extractCommand } from './extract.ts';

export const commands: Command[] = [
  extractCommand,
  evalCommand,
];
