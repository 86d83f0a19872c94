// `doingoai eval GOLD.json INPUT...` — measures the extractor on any annotated articles.
import { evaluate } from '../../eval/run.ts';
import { formatScore } from '../../eval/score.ts';
import { parseArgs, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Chấm điểm trích xuất theo tệp đáp án / score extraction against an answer file',
  usage: 'doingoai eval GOLD.json INPUT... [--verbose] [--json]',
  async run(argv) {
    const args = parseArgs(argv, { booleans: ['verbose', 'json'] });
    const [gold, ...inputs] = args.positionals;
    if (!gold || inputs.length === 0) throw new UsageError('need GOLD.json and at least one INPUT');
    const { result, failures } = await evaluate(gold, inputs);
    for (const f of failures) process.stderr.write(`doingoai: ${f.source}: ${f.reason}\n`);
    if (args.flags.verbose) for (const m of result.misses) process.stdout.write(`  ${m}\n`);
    if (args.flags.json) {
      const { misses: _misses, ...summary } = result;
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else process.stdout.write(`${formatScore(result)}\n`);
    return failures.length ? 1 : 0;
  },
};
