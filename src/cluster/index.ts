// Near-duplicate clusters: which stored document a new one copies. Pure: signatures in, cluster choice out.
import { similarity, THRESHOLD } from './minhash.ts';

export { bands, signature, signatureOf, similarity, syllables, THRESHOLD } from './minhash.ts';

export interface Candidate {
  id: string;
  clusterId: string | null;
  signature: number[];
}

/** The cluster a document joins: that of the most similar candidate at or above THRESHOLD, else null (a new one). */
export function chooseCluster(sig: number[], candidates: Candidate[]): { clusterId: string; similarity: number } | null {
  let best: { clusterId: string; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(sig, c.signature);
    if (s >= THRESHOLD && (!best || s > best.similarity)) best = { clusterId: c.clusterId ?? c.id, similarity: s };
  }
  return best;
}
