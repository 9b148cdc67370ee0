/** A maintainer command: its one-line usage and what it does; returns the exit code. */
export interface Command {
  usage: string;
  run(args: string[]): number | Promise<number>;
}
