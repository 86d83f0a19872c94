// What every store command shares: the --db flag (a folder or a postgres:// URL) and opening the store from it.
import { type ParsedArgs, str } from '../cli/args.ts';
import { isPostgresUrl, openStore } from './index.ts';
import type { Store } from './types.ts';

export const DB_FLAG = 'db';
export const DB_USAGE = '[--db DIR|postgres://…]';

export function storeFromArgs(args: ParsedArgs): Promise<Store> {
  const db = str(args, DB_FLAG);
  if (!db) return openStore();
  return openStore(isPostgresUrl(db) ? { url: db } : { dir: db });
}
