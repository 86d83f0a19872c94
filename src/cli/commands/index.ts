// Every CLI command, in the order `doingoai help` lists them. Modules load only when their command runs, so a
// light command does not pay for the store, the server and the whole pipeline at start-up.
import type { Command } from '../command.ts';

export const commandLoaders: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./extract.ts')).extractCommand,
  eval: async () => (await import('./eval.ts')).evalCommand,
  ingest: async () => (await import('./ingest.ts')).ingestCommand,
  facts: async () => (await import('./facts.ts')).factsCommand,
  conflicts: async () => (await import('./conflicts.ts')).conflictsCommand,
  show: async () => (await import('./show.ts')).showCommand,
  review: async () => (await import('./review.ts')).reviewCommand,
  stats: async () => (await import('./stats.ts')).statsCommand,
  reanalyse: async () => (await import('./reanalyse.ts')).reanalyseCommand,
  serve: async () => (await import('./serve.ts')).serveCommand,
  start: async () => (await import('./start.ts')).startCommand,
  token: async () => (await import('./token.ts')).tokenCommand,
  report: async () => (await import('./report.ts')).reportCommand,
  export: async () => (await import('./export.ts')).exportCommand,
};

export async function loadCommands(): Promise<Command[]> {
  return Promise.all(Object.values(commandLoaders).map((load) => load()));
}
