// Reads the cleaning word lists under data/clean/ (formats in data/clean/README.md). Each file is read once.
import { readFileSync } from 'node:fs';

const DATA_DIR = new URL('../../data/clean/', import.meta.url);
const cache = new Map<string, unknown>();

function once<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

function lines(file: string): string[] {
  return readFileSync(new URL(file, DATA_DIR), 'utf8')
    .normalize('NFC')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

/** A plain list: one entry a line. */
export function dataList(file: string): string[] {
  return once(`list:${file}`, () => lines(file).map((l) => l.trim()));
}

/** A list split by "[section]" headers. */
export function dataSections(file: string): Map<string, string[]> {
  return once(`sections:${file}`, () => {
    const out = new Map<string, string[]>();
    let current: string[] | null = null;
    for (const l of lines(file)) {
      const header = /^\[([\w-]+)\]$/.exec(l.trim());
      if (header) {
        current = [];
        out.set(header[1] as string, current);
      } else if (current) current.push(l.trim());
      else throw new Error(`data/clean/${file}: entry before any [section]: ${l}`);
    }
    // An empty group would silently match nothing; say so instead.
    for (const [name, entries] of out) if (!entries.length) throw new Error(`data/clean/${file}: section [${name}] is empty`);
    return out;
  });
}

/** Tab-separated rows. */
export function dataTable(file: string): string[][] {
  return once(`table:${file}`, () => lines(file).map((l) => l.split('\t').map((c) => c.trim())));
}
