// The lead: the paragraph after the headline that carries the dateline and the outlet ("(PLVN) - ...").
import type { Block } from '../paragraphs.ts';
import { leadOutlet } from './outlet.ts';

// A caption or a kicker may stand between the headline and the lead; look this far.
const LOOK_AHEAD = 3;
const LEAD_LENGTH = 150;

/** `after`: index in `kept` of the headline, -1 when the text starts with the body. */
export function pickLead(kept: Block[], after: number): string | null {
  const next = kept.slice(after + 1, after + 1 + LOOK_AHEAD);
  const lead = next.find((b) => leadOutlet(b.text)) ?? next.find((b) => b.text.length >= LEAD_LENGTH) ?? next[0];
  return lead?.text ?? null;
}
