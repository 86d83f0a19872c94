// Directories: the readable files below a folder, recursively, sorted, one folder listed at a time; hidden entries and notes (README…) skipped.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ReadError } from '../types.ts';
import { readError } from './doc.ts';
import { systemReason } from './stream.ts';

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Yields file paths (or errors for unreadable folders) in sorted order; symlink loops are visited once. */
export async function* walkDir(
  root: string,
  extensions: readonly string[],
  skipNames: readonly string[] = [],
): AsyncGenerator<string | ReadError> {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const skipped = new Set(skipNames.map((n) => n.toLowerCase()));
  const visited = new Set<string>();
  async function* walk(dir: string): AsyncGenerator<string | ReadError> {
    let entries: import('node:fs').Dirent[];
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      yield readError(dir, systemReason(e));
      return;
    }
    entries.sort(byName);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        isDir = !!target?.isDirectory();
        isFile = !!target?.isFile();
      }
      if (isDir) yield* walk(path);
      else if (
        isFile &&
        wanted.has(extname(entry.name).toLowerCase()) &&
        !skipped.has(basename(entry.name, extname(entry.name)).toLowerCase())
      )
        yield path;
    }
  }
  yield* walk(root);
}
