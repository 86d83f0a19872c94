// Document id: the first 16 hex characters of the sha256 of the cleaned text, so re-ingesting is idempotent.
import { hash } from 'node:crypto';

export function documentId(text: string): string {
  // One-shot hash: the same digest as createHash().update().digest(), without a Hash object per document.
  return hash('sha256', text.normalize('NFC'), 'hex').slice(0, 16);
}
