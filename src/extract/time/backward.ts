// Regexes read back from a position: the match that ends right before it (blanks allowed), found left to right.
import { GuardedRegex } from '../shared/guarded.ts';

export interface BackwardRegex {
  /** The leftmost match of the regex followed only by blanks up to the end of `s`, as `(?:re)[ \t\u00a0]*$` finds it. */
  exec(s: string): RegExpExecArray | null;
}

const BLANKS_TO_END = '[ \\t\\u00a0]*$';

/**
 * A pattern opening with a word-start lookbehind gets that check done in code (GuardedRegex): V8 then skips quickly to
 * the places its first word can start instead of running the lookbehind at every offset. The trailing blanks become a
 * lookahead, so a match holds the same groups and differs only by leaving those blanks out.
 */
export function backward(re: RegExp): BackwardRegex {
  const flags = re.flags.replace(/[gy]/g, '');
  try {
    const guarded = new GuardedRegex(new RegExp(`${re.source}(?=${BLANKS_TO_END})`, flags));
    return { exec: (s) => guarded.execFrom(s, 0) };
  } catch {
    // No leading one-character lookbehind guarding every alternative: scanned as written.
    const anchored = new RegExp(`(?:${re.source})${BLANKS_TO_END}`, flags);
    return { exec: (s) => anchored.exec(s) };
  }
}
