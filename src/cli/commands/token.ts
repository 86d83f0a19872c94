// `doingoai token create|list|revoke` — bearer tokens for the API's write routes, stored hashed beside the store.
import { TokenStore, tokenFileFor } from '../../server/tokens.ts';
import { DB_FLAG, DB_USAGE } from '../../store/cli.ts';
import { parseArgs, str, UsageError } from '../args.ts';
import type { Command } from '../command.ts';

export const tokenCommand: Command = {
  name: 'token',
  summary: 'Tạo, liệt kê, thu hồi token API / create, list or revoke API tokens',
  usage: `doingoai token create --name NAME | list | revoke ID|NAME  ${DB_USAGE} [--tokens FILE]`,
  async run(argv) {
    const args = parseArgs(argv, { values: [DB_FLAG, 'tokens', 'name'] });
    const [action, target, ...extra] = args.positionals;
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const store = new TokenStore(str(args, 'tokens') ?? tokenFileFor(str(args, DB_FLAG)));
    if (action === 'create') {
      const name = str(args, 'name') ?? target;
      if (!name) throw new UsageError('create needs --name NAME (the reviewer name recorded with each review)');
      const { secret, record } = store.create(name);
      process.stderr.write(
        `đã tạo token ${record.id} cho / created token ${record.id} for "${record.name}" in ${store.file}\n` +
          'Chỉ hiện một lần, hãy lưu lại / shown once only, keep it safe:\n',
      );
      process.stdout.write(`${secret}\n`);
      return 0;
    }
    if (action === 'list') {
      const list = store.list();
      if (!list.length) process.stderr.write(`chưa có token / no tokens (${store.file})\n`);
      for (const t of list) process.stdout.write(`${t.id}  ${t.name}  ${t.createdAt}\n`);
      return 0;
    }
    if (action === 'revoke') {
      if (!target) throw new UsageError('revoke needs an ID or NAME');
      const n = store.revoke(target);
      process.stdout.write(`đã thu hồi / revoked ${n}\n`);
      return n ? 0 : 1;
    }
    throw new UsageError('first argument must be create, list or revoke');
  },
};
