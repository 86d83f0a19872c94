// Every CLI command, in the order `doingoai help` lists them. Add a command by adding its module here.
import type { Command } from '../command.ts';
import { evalCommand } from './eval.ts';
import { extractCommand } from './extract.ts';
import { ingestCommand } from './ingest.ts';
import { factsCommand } from './facts.ts';
import { conflictsCommand } from './conflicts.ts';
import { showCommand } from './show.ts';
import { reviewCommand } from './review.ts';
import { statsCommand } from './stats.ts';
import { reanalyseCommand } from './reanalyse.ts';
import { serveCommand } from './serve.ts';
import { startCommand } from './start.ts';
import { tokenCommand } from './token.ts';
import { reportCommand } from './report.ts';
import { exportCommand } from './export.ts';

export const commands: Command[] = [
  extractCommand,
  evalCommand,
  ingestCommand,
  factsCommand,
  conflictsCommand,
  showCommand,
  reviewCommand,
  statsCommand,
  reanalyseCommand,
  serveCommand,
  startCommand,
  tokenCommand,
  reportCommand,
  exportCommand,
];
