// The console bot (`npm start` with no Discord token) as a child process, asked one line at a time as
// an operator types: each answer read up to a marker line, so that answers never run together.
import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { within } from "./processes.ts";

/** The console bot as a child process, asked one line at a time. */
export class ConsoleBot {
  private output = "";
  private polls = 0;
  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (this.output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (this.output += chunk));
  }

  /** Resolves once the console has started and said so. */
  ready(): Promise<void> {
    return within(90_000, "the console to start", () => Promise.resolve(this.output.includes("Console mode") ? true : undefined), () => this.output).then(() => undefined);
  }

  /**
   * The console's answer to `line`. A line naming no command follows it, so that the answer ends
   * where the console's "Unknown command" reply to that marker begins.
   */
  async ask(line: string): Promise<string> {
    const marker = `end-of-answer-${(this.polls += 1)}`;
    const from = this.output.length;
    this.child.stdin.write(`${line}\n${marker}\n`);
    const end = `Unknown command "${marker}"`;
    await within(60_000, `the console's answer to ${line}`, () => Promise.resolve(this.output.includes(end, from) ? true : undefined), () => this.output.slice(from));
    return this.output.slice(from, this.output.indexOf(end, from));
  }

  /** Everything the console has printed so far. */
  seen(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.stdin.end("exit\n");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
