// Loads the reader's mapping tables from data/encodings/ (tables are data, not code).
import { readFileSync } from 'node:fs';

const dir = new URL('../../data/encodings/', import.meta.url);

export function loadEncodingData<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as T;
}
