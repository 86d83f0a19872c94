// A one-character regex test answered from a table per UTF-16 unit, filled as characters are met: loops that test
// every character would otherwise run a regex per character, which costs several times more.

/** `re` tested on the one-unit string String.fromCharCode(c), remembered per unit. */
export function unitClass(re: RegExp): (c: number) => boolean {
  if (re.global || re.sticky) throw new Error(`unitClass: /${re.source}/ keeps a lastIndex`);
  const known = new Uint8Array(65536); // 0 not yet known, 1 matches, 2 does not
  return (c: number): boolean => {
    let k = known[c] as number;
    if (k === 0) {
      k = re.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = k;
    }
    return k === 1;
  };
}
