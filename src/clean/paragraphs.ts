// Text → blocks (one paragraph or page line each): hard-wrapped lines joined, table pipes turned into breaks.
import type { Removed } from '../types.ts';

export interface Block {
  text: string;
  /** Set when a rule removes the block. */
  drop?: { reason: string; rule: string };
}

const ENDS_SENTENCE = /[.!?…:;"”»)\]]$/;
const STARTS_LOWER = /^\p{Ll}/u;
// A line of table borders only: "| |", "|---|---|", "+----+".
const TABLE_RULE = /^[|+:=\-\s]*$/;
// A pipe standing between spaces (or at a line's edge) is a table cell border, not text.
const CELL_BORDER = /(?:^|\s)\|+(?=\s|$)/g;

export function splitBlocks(text: string): { blocks: Block[]; removed: Removed[] } {
  const removed: Removed[] = [];
  const debris: string[] = [];
  const lines: string[] = [];
  let joinable = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      joinable = false;
      continue;
    }
    // The anchored test first: it stops at the first character of a line of text.
    if (TABLE_RULE.test(line) && (line.includes('|') || line.includes('---'))) {
      debris.push(line);
      joinable = false;
      continue;
    }
    // A line cut by hard wrapping goes on in lower case after a line that does not end a sentence.
    const prev = lines[lines.length - 1];
    if (joinable && prev !== undefined && !ENDS_SENTENCE.test(prev) && STARTS_LOWER.test(line) && !line.includes('|')) {
      lines[lines.length - 1] = `${prev} ${line}`;
    } else lines.push(line);
    joinable = true;
  }
  const blocks: Block[] = [];
  for (const line of lines) {
    if (!line.includes('|')) {
      blocks.push({ text: line });
      continue;
    }
    const cells = line.split(CELL_BORDER);
    const borders = line.match(CELL_BORDER) ?? [];
    if (borders.length) debris.push(...borders.map((b) => b.trim()));
    for (const cell of cells) {
      const t = cell.trim();
      if (t) blocks.push({ text: t });
    }
  }
  if (debris.length) removed.push({ text: debris.join(' '), reason: 'table-debris', rule: 'table.pipes' });
  return { blocks, removed };
}

export interface Joined {
  text: string;
  /** Where each block's text sits in `text`. */
  spans: { start: number; end: number }[];
}

/** The cleaned text: the kept blocks, one blank line between them. */
export function joinBlocks(blocks: Block[]): Joined {
  const spans: { start: number; end: number }[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const b of blocks) {
    if (length) {
      parts.push('\n\n');
      length += 2;
    }
    spans.push({ start: length, end: length + b.text.length });
    parts.push(b.text);
    length += b.text.length;
  }
  // One join builds a flat string; appending piece by piece builds a tree that every later reader has to walk.
  return { text: parts.join(''), spans };
}
