// The outlet: from the container's metadata, the lead's opening "(PLVN) -" / "VOV.VN -", or a closing source line.
import { dataTable } from '../data.ts';
import { lineKey } from '../match.ts';

let aliases: Map<string, string> | null = null;

function names(): Map<string, string> {
  if (!aliases) {
    aliases = new Map();
    for (const [name, list] of dataTable('outlets.tsv')) {
      for (const alias of [name as string, ...(list ?? '').split('|')]) if (alias.trim()) aliases.set(lineKey(alias), name as string);
    }
  }
  return aliases;
}

/** The outlet's name for how an article names it, or null when it is not a known outlet. */
export function knownOutlet(s: string): string | null {
  return names().get(lineKey(s)) ?? null;
}

// "(PLVN) - ", "(Chinhphu.vn) – ", "VOV.VN - ", "QĐND Online - ", "TTXVN - ".
const PAREN_LEAD = /^\(([^()]{2,30})\)\s*[-–—:]/u;
const PLAIN_LEAD = /^([\p{L}\d.&+]+(?: [\p{L}\d.&+]+){0,2})\s+[-–—]\s+/u;
// An outlet not in the list still reads like one: a domain, or a short all-capitals abbreviation.
const OUTLET_SHAPE = /^(?:[\p{L}\d-]+\.(?:vn|com|net|org)(?:\.vn)?|[\p{Lu}\d&]{2,8})$/u;
const CLOSING = /\((?:Theo\s+|Nguồn\s*:?\s*)?([^()]{2,30})\)\s*\.?$/iu;

export function leadOutlet(lead: string): string | null {
  const paren = PAREN_LEAD.exec(lead);
  if (paren)
    return knownOutlet(paren[1] as string) ?? (OUTLET_SHAPE.test((paren[1] as string).trim()) ? (paren[1] as string).trim() : null);
  const plain = PLAIN_LEAD.exec(lead);
  return plain ? knownOutlet(plain[1] as string) : null;
}

export function pickOutlet(
  metaOutlet: string | undefined,
  lead: string | null,
  source: string | null,
  lastParagraph: string | null,
): string | null {
  if (metaOutlet?.trim()) return knownOutlet(metaOutlet) ?? metaOutlet.trim();
  const fromLead = lead ? leadOutlet(lead) : null;
  if (fromLead) return fromLead;
  if (source) return knownOutlet(source) ?? source;
  const closing = lastParagraph ? CLOSING.exec(lastParagraph) : null;
  return closing ? knownOutlet(closing[1] as string) : null;
}
