// Claims: quantitative statements. STUB — replaced by the claims work.
import type { AnalyseContext, Claim, Entity } from '../../types.ts';

/** entities: the document's entities with their mentions, used to find a claim's subject. */
export function extractClaims(_text: string, _ctx: AnalyseContext, _entities: Entity[]): Claim[] {
  return [];
}
