// Document id: the first 16 hex characters of the sha256 of the cleaned text, so re-ingesting is idempotent.
import { createHash } from 'node:crypto';

export function documentId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
}
