// Answers remembered per input string, up to a bound: words, names and nouns recur across articles, and a full table
// is simply emptied (cheap, and memory stays bounded on any corpus).

/** fn, with its answers for up to `limit` distinct inputs remembered. */
export function boundedMemo<V>(fn: (s: string) => V, limit: number): (s: string) => V {
  const memo = new Map<string, V>();
  return (s) => {
    let v = memo.get(s);
    if (v === undefined) {
      v = fn(s);
      if (memo.size >= limit) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}
