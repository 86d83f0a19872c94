// `doingoai review accept|reject|correct ID` — an analyst's decision on a claim or an event, kept beside the machine's.
import { DB_FLAG, DB_USAGE, storeFromArgs } from '../../store/cli.ts';
import type { Review, ReviewAction } from '../../store/types.ts';
import { parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

const ACTIONS: ReviewAction[] = ['accept', 'reject', 'correct'];

/** "156000000", "156e6", "156_000_000", "1,5" (decimal comma) → number. */
export function parseValue(s: string, flag: string): number {
  const t = s.trim().replace(/_/g, '');
  const n = Number(/^\d+,\d+$/.test(t) ? t.replace(',', '.') : t);
  if (!t || !Number.isFinite(n)) throw new UsageError(`--${flag} must be a number, got "${s}"`);
  return n;
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Duyệt một số liệu hoặc sự kiện / accept, reject or correct a claim or event',
  usage: `doingoai review ${DB_USAGE} accept|reject|correct CLAIM_ID|EVENT_ID [--value N] [--value-max N] [--event] --reviewer NAME --reason TEXT`,
  async run(argv) {
    const args = parseArgs(argv, { values: [DB_FLAG, 'value', 'value-max', 'reviewer', 'reason'], booleans: ['event'] });
    const [action, id, ...extra] = args.positionals;
    if (!action || !ACTIONS.includes(action as ReviewAction)) throw new UsageError(`first argument must be one of ${ACTIONS.join(', ')}`);
    if (!id) throw new UsageError('no CLAIM_ID or EVENT_ID given');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const reviewer = str(args, 'reviewer');
    const reason = str(args, 'reason');
    if (!reviewer) throw new UsageError('--reviewer is required');
    if (!reason) throw new UsageError('--reason is required');
    const value = str(args, 'value');
    const valueMax = str(args, 'value-max');
    if (action === 'correct' && value === undefined && valueMax === undefined)
      throw new UsageError('correct needs --value (and/or --value-max)');
    if (action !== 'correct' && (value !== undefined || valueMax !== undefined)) throw new UsageError('--value only goes with correct');
    const input = {
      action: action as ReviewAction,
      reviewer,
      reason,
      ...(value !== undefined ? { value: parseValue(value, 'value') } : {}),
      ...(valueMax !== undefined ? { valueMax: parseValue(valueMax, 'value-max') } : {}),
    };
    const store = await storeFromArgs(args);
    try {
      let review: Review;
      if (args.flags.event) review = await store.addReview({ ...input, target: { kind: 'event', id } });
      else {
        const isClaim = !!(await store.claimHistory(id))?.claim;
        review = await store.addReview({ ...input, target: { kind: isClaim ? 'claim' : 'event', id } });
      }
      process.stdout.write(
        `đã ghi / recorded: ${review.action} ${review.target.kind} ${id} #${review.id} · ${review.reviewer} · ${review.at}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  },
};
