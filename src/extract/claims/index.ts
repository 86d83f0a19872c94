// Claims: quantitative statements. STUB — replaced by the claims work.
import type { AnalyseContext, Claim } from '../../types.ts';

export function extractClaims(_text: string, _ctx: AnalyseContext): Claim[] {
  return [];
}
