// Entities: countries, organisations, people. STUB — replaced by the entities work.
import type { Entity } from '../../types.ts';

export function extractEntities(_text: string): Entity[] {
  return [];
}
