// Minimal argument parsing: --flag value, --flag=value, boolean flags, positionals. Unknown flags are usage errors.

export class UsageError extends Error {}

export interface FlagSpec {
  /** Flags taking a value. */
  values?: string[];
  /** Flags that may repeat (collected into arrays). */
  repeat?: string[];
  /** Boolean flags. */
  booleans?: string[];
}

export interface ParsedArgs {
  flags: Record<string, string | string[] | boolean>;
  positionals: string[];
}

export function parseArgs(argv: string[], spec: FlagSpec): ParsedArgs {
  const flags: ParsedArgs['flags'] = {};
  const positionals: string[] = [];
  const values = new Set([...(spec.values ?? []), ...(spec.repeat ?? [])]);
  const booleans = new Set(spec.booleans ?? []);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (booleans.has(name)) {
      flags[name] = true;
      continue;
    }
    if (!values.has(name)) throw new UsageError(`unknown option --${name}`);
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined) throw new UsageError(`--${name} needs a value`);
    if (spec.repeat?.includes(name)) flags[name] = [...((flags[name] as string[]) ?? []), v];
    else flags[name] = v;
  }
  return { flags, positionals };
}

export function str(p: ParsedArgs, name: string): string | undefined {
  const v = p.flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function list(p: ParsedArgs, name: string): string[] {
  const v = p.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function int(p: ParsedArgs, name: string, fallback: number): number {
  const v = str(p, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a non-negative number, got "${v}"`);
  return n;
}
