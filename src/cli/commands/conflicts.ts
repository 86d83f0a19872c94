// `doingoai conflicts` — facts whose sources disagree, contradictions first, each with why they differ.
import { DB_USAGE } from '../../store/cli.ts';
import { parseArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { FACT_FLAGS, printFacts } from './facts.ts';

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'Số liệu khác nhau giữa các nguồn / figures on which sources differ',
  usage: `doingoai conflicts ${DB_USAGE} [--indicator K] [--subject VN] [--from 2020 --to 2023] [--status S]... [--format table|json|csv]`,
  run: (argv) => printFacts(parseArgs(argv, FACT_FLAGS), (s, f) => s.listConflicts(f)),
};
