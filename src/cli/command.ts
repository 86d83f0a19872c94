// A CLI command: a name, a one-line summary (Vietnamese, English) and a run function returning the exit code.

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number>;
}
