// A small Duckling-style engine: rules are sequences of regexes and earlier results; results are saturated, then the
// longest non-overlapping ones are kept.
import { foldTone } from '../../text/fold.ts';
import { unitClass } from '../shared/unit-class.ts';
import { isWordCharAt, isWordUnit } from '../shared/word-char.ts';
import { type BackwardRegex, backward } from './backward.ts';
import type { Direction, TimeNode } from './nodes.ts';
import { isWholeWord } from '../shared/word-table.ts';
import { isNumberClass, isNumberOf, type TriggerSet, triggerIndex, triggerSet, triggerStarts } from './triggers.ts';

/**
 * How an expression relates to a figure. plain: the value itself; since: "từ A" (A..now); until: "đến A" (a running
 * total at A's end, or a target year when A is ahead); asOfUntil: "tính đến A" (always a running total); before / after:
 * "trước A" / "sau A"; base: "so với A", a comparison base that never governs a figure; running: a running-total cue
 * without a date ("nâng tổng số", "đã và đang"), dated at the reference.
 */
export type Mode = 'plain' | 'since' | 'until' | 'asOfUntil' | 'before' | 'after' | 'base' | 'running';

export interface Token {
  start: number;
  end: number;
  node: TimeNode;
  mode: Mode;
  rule: string;
  dir?: Direction;
  /** Only a part for bigger rules ("nay" in "đến nay"); never reported alone. */
  internal?: boolean;
  /** Implied rather than written as a date (Duckling's latent). */
  latent?: boolean;
  /** Memo of index.ts isFuture, set when first asked (a field is far cheaper than a WeakMap keyed by tokens). */
  future?: boolean;
}

export interface Production {
  node: TimeNode;
  mode?: Mode;
  dir?: Direction;
  internal?: boolean;
  latent?: boolean;
}

export type Part =
  | { start: number; end: number; match: RegExpExecArray; pre?: RegExpExecArray | null; token?: undefined }
  | { start: number; end: number; token: Token; match?: undefined; pre?: undefined };

export interface Env {
  /** The text as written (for case checks). */
  text: string;
  /** Lower case, one tone style, same offsets as `text`: what the regexes read. */
  folded: string;
}

export type Item = RegExp | ((t: Token) => boolean);

export interface Rule {
  /** Reads like grammar ("ngày <dd>/<mm>/<yyyy>"); becomes TimeExpr.rule. */
  name: string;
  /**
   * Regexes over the folded text and predicates on earlier results. A scanned first regex should begin with a literal
   * or a digit (fast to scan); put what comes before that literal in `before`.
   */
  pattern: Item[];
  /** Text just before the first regex match (matched against its end); its match joins the span. */
  before?: RegExp;
  /** Whether `before` must match. */
  beforeRequired?: boolean;
  /** `before` is only a condition and stays out of the span (a cue that bigger rules read: "đến" in "đến nay"). */
  beforeOutside?: boolean;
  /** Skip the check that the first regex match starts a word. */
  midWord?: boolean;
  /**
   * Words a match of the first regex always starts with, or classes of numbers (triggers.ts): the regex is then tried
   * only where those stand instead of being scanned over the whole text. Must not miss a start the regex could match at.
   */
  trigger?: string[];
  /**
   * Words (or classes of numbers, triggers.ts) a match of the regex read back from a position (`before`, or the first
   * regex of a rule anchored on results) always ends with, each preceded in the pattern by a space or a word-start
   * lookbehind and followed only by blanks: that regex is then tried only where the word before the position is one of
   * them.
   */
  endWords?: string[];
  /**
   * Words one of which a match of the regex read back from a position always contains, where its last word is free text
   * ("từ khi <event>"): that regex is then tried only when one of them stands in the window it reads.
   */
  holds?: string[];
  prod: (parts: Part[], env: Env) => Production | null;
}

interface Compiled {
  rule: Rule;
  /** Global copy of the first item when the rule is scanned over the text. */
  scan: RegExp | null;
  /** A rule "<regex> <result> ..." is anchored on results: its first regex must end right before one. */
  prefix: BackwardRegex | null;
  before: BackwardRegex | null;
  /** Sticky copies of regex items, for continuing at a position. */
  sticky: (RegExp | ((t: Token) => boolean))[];
  atomic: boolean;
  /** With one earlier result in the pattern, a round only needs the results the previous round added. */
  singleToken: boolean;
  trigger: string[] | null;
  endWords: EndWords | null;
  holds: string[] | null;
  /** `before` is required and has endWords or holds: a start where they fail fails whatever follows. */
  gated: boolean;
}

/** How far back `before` and prefix regexes look. */
const BACK = 72;

export function compile(rules: Rule[]): Compiled[] {
  const names = new Set<string>();
  return rules.map((rule) => {
    if (names.has(rule.name)) throw new Error(`time rule named twice: ${rule.name}`);
    names.add(rule.name);
    if (!rule.pattern.length) throw new Error(`time rule with an empty pattern: ${rule.name}`);
    const first = rule.pattern[0];
    const flags = (re: RegExp, f: string) => [...new Set((re.flags.replace(/[gy]/g, '') + f).split(''))].join('');
    const isPrefix = first instanceof RegExp && rule.pattern.length > 1 && !(rule.pattern[1] instanceof RegExp);
    if ((rule.endWords || rule.holds) && !(isPrefix ? !rule.before : rule.before))
      throw new Error(`time rule with endWords or holds but no single backward regex: ${rule.name}`);
    const endWords = rule.endWords?.map((w) => (isNumberClass(w) ? w : foldTone(w)));
    if (endWords?.some((w) => !isNumberClass(w) && !isWholeWord(w)))
      throw new Error(`time rule endWords must be whole words: ${rule.name}`);
    return {
      rule,
      scan: first instanceof RegExp && !isPrefix ? new RegExp(first.source, flags(first, 'g')) : null,
      prefix: isPrefix ? backward(first) : null,
      before: rule.before ? backward(rule.before) : null,
      sticky: rule.pattern.map((it) => (it instanceof RegExp ? new RegExp(it.source, flags(it, 'y')) : it)),
      atomic: rule.pattern.every((it) => it instanceof RegExp),
      singleToken: rule.pattern.filter((it) => !(it instanceof RegExp)).length === 1,
      trigger: rule.trigger && first instanceof RegExp && !isPrefix ? rule.trigger.map((w) => (isNumberClass(w) ? w : foldTone(w))) : null,
      endWords: endWords ? endWordsOf(endWords) : null,
      holds: rule.holds?.map(foldTone) ?? null,
      gated: !isPrefix && !!rule.before && !!rule.beforeRequired && !!(endWords || rule.holds),
    };
  });
}

const MAX_ROUNDS = 4;

/** Whether \s matches the code unit. */
const isSpaceUnit = unitClass(/\s/);

interface EndWords {
  /** The words by length, compared in place (no slice per check). */
  byLength: string[][];
  /** Classes of numbers among them (triggers.ts). */
  numbers: string[];
}

function endWordsOf(list: string[]): EndWords {
  const byLength: string[][] = [];
  for (const w of list) if (!isNumberClass(w)) (byLength[w.length] ??= []).push(w);
  return { byLength, numbers: list.filter(isNumberClass) };
}

/**
 * Whether a backward regex with endWords can match before `at`: a cheap necessary condition. It holds when the word
 * ending right before `at` (whitespace skipped) is one of them, or runs back past `from`, where a regex over
 * folded.slice(from, at) could match a part of it.
 */
function mayEndAt(ends: EndWords, folded: string, at: number, from: number): boolean {
  let e = at;
  while (e > from && isSpaceUnit(folded.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && isWordUnit(folded.charCodeAt(s - 1))) s--;
  if (s < from) return true;
  const words = ends.byLength[e - s];
  if (words) for (const w of words) if (folded.startsWith(w, s)) return true;
  for (const n of ends.numbers) if (isNumberOf(n, folded, s, e)) return true;
  return false;
}

/** Whether one of `words` stands in folded[from, at) (searched in that window only: lastIndexOf would run on to 0). */
function holdsIn(words: string[], folded: string, at: number, from: number): boolean {
  const window = folded.slice(from, at);
  return words.some((w) => window.includes(w));
}

/** Whether the backward regex of `c` can match folded.slice(from, at): its endWords and holds, checked cheaply. */
function mayMatchBack(c: Compiled, folded: string, at: number, from: number): boolean {
  return (!c.endWords || mayEndAt(c.endWords, folded, at, from)) && (!c.holds || holdsIn(c.holds, folded, at, from));
}

/** Rules run in one round, with where each one's triggers' start lists are in triggerStarts' answer. */
interface RoundRules {
  rules: Compiled[];
  triggerLists: (number[] | null)[];
}

/** What parse derives once from a set of rules. */
interface Plan {
  /** Every trigger of the rules, for one pass over each text. */
  triggers: TriggerSet;
  /** Every rule, for the first round. */
  first: RoundRules;
  /** The rules reading earlier results: the only ones after the first round. */
  later: RoundRules;
}

const plans = new WeakMap<Compiled[], Plan>();

function planFor(compiled: Compiled[]): Plan {
  let p = plans.get(compiled);
  if (!p) {
    const triggers = triggerSet(compiled.flatMap((c) => c.trigger ?? []));
    const round = (rules: Compiled[]): RoundRules => ({
      rules,
      triggerLists: rules.map((c) => c.trigger?.map((w) => triggerIndex(triggers, w)) ?? null),
    });
    p = { triggers, first: round(compiled), later: round(compiled.filter((c) => !c.atomic)) };
    plans.set(compiled, p);
  }
  return p;
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\u00a0')) i++;
  return i;
}

/** One parse of one text: the results so far and the steps that add to them (methods, not closures made per text). */
class Parse {
  readonly all: Token[] = [];
  /** Per rule, the spans it has produced (start * (length + 1) + end): later rounds find the same parses again. */
  private readonly seen = new Map<Compiled, Set<number>>();
  private readonly byStart = new Map<number, Token[]>();
  readonly folded: string;

  constructor(readonly env: Env) {
    this.folded = env.folded;
  }

  add(fresh: Token[]): void {
    for (const t of fresh) {
      this.all.push(t);
      const list = this.byStart.get(t.start);
      if (list) list.push(t);
      else this.byStart.set(t.start, [t]);
    }
  }

  emit(c: Compiled, parts: Part[], fresh: Token[]): void {
    const start = (parts[0] as Part).start;
    const end = (parts[parts.length - 1] as Part).end;
    if (end <= start) return;
    let spans = this.seen.get(c);
    if (!spans) this.seen.set(c, (spans = new Set()));
    const key = start * (this.folded.length + 1) + end;
    // Productions are pure: a span this rule already produced would be dropped after its production anyway.
    if (spans.has(key)) return;
    const p = c.rule.prod(parts, this.env);
    if (!p) return;
    spans.add(key);
    const tok: Token = { start, end, node: p.node, mode: p.mode ?? 'plain', rule: c.rule.name };
    if (p.dir) tok.dir = p.dir;
    if (p.internal) tok.internal = true;
    if (p.latent) tok.latent = true;
    fresh.push(tok);
  }

  extend(c: Compiled, i: number, pos: number, parts: Part[], fresh: Token[]): void {
    if (i === c.sticky.length) return this.emit(c, parts, fresh);
    const item = c.sticky[i] as Compiled['sticky'][number];
    const folded = this.folded;
    const at = skipBlanks(folded, pos);
    if (item instanceof RegExp) {
      item.lastIndex = at;
      const m = item.exec(folded);
      if (m) this.extend(c, i + 1, at + m[0].length, [...parts, { start: at, end: at + m[0].length, match: m }], fresh);
      return;
    }
    for (const t of this.byStart.get(at) ?? [])
      if (item(t)) this.extend(c, i + 1, t.end, [...parts, { start: t.start, end: t.end, token: t }], fresh);
  }

  firstMatch(c: Compiled, m: RegExpExecArray, fresh: Token[]): void {
    const folded = this.folded;
    let start = m.index;
    let pre: RegExpExecArray | null = null;
    if (c.before) {
      const from = Math.max(0, start - BACK);
      pre = mayMatchBack(c, folded, start, from) ? c.before.exec(folded.slice(from, start)) : null;
      if (!pre && c.rule.beforeRequired) return;
      if (pre && !c.rule.beforeOutside) start = from + pre.index;
    }
    if (!c.rule.midWord && isWordCharAt(folded, start - 1)) return;
    this.extend(c, 1, m.index + m[0].length, [{ start, end: m.index + m[0].length, match: m, pre }], fresh);
  }
}

/** Every parse of every rule, saturated over a few rounds; then the longest non-overlapping non-internal ones. */
export function parse(compiled: Compiled[], env: Env): Token[] {
  const state = new Parse(env);
  const { folded, all } = state;
  let starts: number[][] | null = null;
  const prefixAt = new Map<Compiled, Map<number, RegExpExecArray | null>>();
  let previous: Token[] = [];
  const plan = planFor(compiled);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fresh: Token[] = [];
    const { rules, triggerLists } = round === 0 ? plan.first : plan.later;
    for (let r = 0; r < rules.length; r++) {
      const c = rules[r] as Compiled;
      if (c.trigger) {
        starts ??= triggerStarts(plan.triggers, folded);
        const re = c.sticky[0] as RegExp;
        for (const k of triggerLists[r] as number[]) {
          for (const at of starts[k] as number[]) {
            if (c.gated && !mayMatchBack(c, folded, at, Math.max(0, at - BACK))) continue;
            re.lastIndex = at;
            const m = re.exec(folded);
            if (m?.[0].length) state.firstMatch(c, m, fresh);
          }
        }
      } else if (c.scan) {
        c.scan.lastIndex = 0;
        for (let m = c.scan.exec(folded); m; m = c.scan.exec(folded)) {
          if (!m[0].length) {
            c.scan.lastIndex++;
            continue;
          }
          state.firstMatch(c, m, fresh);
        }
      } else if (c.prefix) {
        const second = c.sticky[1] as (t: Token) => boolean;
        // The prefix before an offset is the same in every round (and for every token starting there): match it once.
        let seenAt = prefixAt.get(c);
        if (!seenAt) prefixAt.set(c, (seenAt = new Map()));
        for (const t of c.singleToken ? previous : all) {
          if (!second(t)) continue;
          const from = Math.max(0, t.start - BACK);
          // Most offsets fail the cheap check: only regex results are worth remembering.
          if (!mayMatchBack(c, folded, t.start, from)) continue;
          let m = seenAt.get(t.start);
          if (m === undefined) {
            m = c.prefix.exec(folded.slice(from, t.start));
            seenAt.set(t.start, m);
          }
          if (!m) continue;
          const start = from + m.index;
          const end = start + m[0].trimEnd().length;
          if (isWordCharAt(folded, start - 1) && isWordCharAt(folded, start)) continue;
          state.extend(
            c,
            2,
            t.end,
            [
              { start, end, match: m },
              { start: t.start, end: t.end, token: t },
            ],
            fresh,
          );
        }
      } else {
        const first = c.sticky[0] as (t: Token) => boolean;
        for (const t of c.singleToken ? previous : all)
          if (first(t)) state.extend(c, 1, t.end, [{ start: t.start, end: t.end, token: t }], fresh);
      }
    }
    if (!fresh.length) break;
    previous = fresh;
    state.add(fresh);
  }
  return select(all);
}

/** Longest first (then earliest); a token is kept only when it overlaps nothing kept before it. */
function select(tokens: Token[]): Token[] {
  const cands = tokens.filter((t) => !t.internal).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Token[] = [];
  for (const t of cands) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}
