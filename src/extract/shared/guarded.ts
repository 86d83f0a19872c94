// A regex that opens with a one-character negative lookbehind ("(?<![\p{L}])…"), matched with that check done in code.
// V8 cannot skip ahead to likely starts when a pattern begins with a lookbehind, so such a scan tries every position and
// runs several times slower; the matches are the same.

import { unitClass } from './unit-class.ts';

const LEADING_LOOKBEHIND = /^\(\?<!(\[(?:\\.|[^\]\\])*\]|\\p\{[^}]*\}|\\[dDsSwW])\)/;

export class GuardedRegex {
  /** The pattern without its leading lookbehind, global so it can be run from an offset. */
  private readonly body: RegExp;
  /** The lookbehind's class, matched against one code point (one code unit without the u flag). */
  private readonly guard: RegExp;
  private readonly unicode: boolean;
  /** The lookbehind's class on one BMP code unit, remembered per unit. */
  private readonly guardUnit: (c: number) => boolean;

  constructor(readonly source: RegExp) {
    const m = LEADING_LOOKBEHIND.exec(source.source);
    const rest = m ? source.source.slice(m[0].length) : '';
    if (!m || hasTopLevelBar(rest)) throw new Error(`GuardedRegex: no leading one-character lookbehind in /${source.source}/`);
    const flags = source.flags.replace(/[gy]/g, '');
    this.body = new RegExp(rest, `${flags}g`);
    this.guard = new RegExp(`^(?:${m[1]})$`, flags.replace(/[ms]/g, ''));
    this.guardUnit = unitClass(this.guard);
    this.unicode = source.unicode;
  }

  /** The first match starting at or after `from`: what a global copy of the source returns from lastIndex `from`. */
  execFrom(s: string, from = 0): RegExpExecArray | null {
    const body = this.body;
    body.lastIndex = from;
    for (let m = body.exec(s); m; m = body.exec(s)) {
      const at = m.index;
      if (!this.blockedAt(s, at)) return m;
      // A start inside a surrogate pair never matches in unicode mode: step over the whole pair.
      body.lastIndex = at + (this.unicode && isPairAt(s, at) ? 2 : 1);
    }
    return null;
  }

  /** Same as source.test(s) for a source without the g or y flag. */
  test(s: string): boolean {
    return this.execFrom(s, 0) !== null;
  }

  /** All matches left to right, as s.matchAll(global source) gives them (the pattern never matches empty text). */
  all(s: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.execFrom(s, 0); m; m = this.execFrom(s, m.index + m[0].length)) {
      if (!m[0].length) throw new Error(`GuardedRegex: empty match of /${this.source.source}/`);
      out.push(m);
    }
    return out;
  }

  /** Whether the lookbehind fails at `at`: the character before it is in the class. */
  private blockedAt(s: string, at: number): boolean {
    if (at === 0) return false;
    const c = s.charCodeAt(at - 1);
    if (this.unicode && at >= 2 && c >= 0xdc00 && c <= 0xdfff && isHigh(s.charCodeAt(at - 2))) return this.guard.test(s.slice(at - 2, at));
    return this.guardUnit(c);
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

function isPairAt(s: string, i: number): boolean {
  const n = s.charCodeAt(i + 1);
  return isHigh(s.charCodeAt(i)) && n >= 0xdc00 && n <= 0xdfff;
}

/** A '|' outside any group or class: the lookbehind would then guard the first alternative only. */
function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}
