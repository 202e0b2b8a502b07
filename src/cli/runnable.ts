// One shape for everything the console and CLI can run: the slash commands and the operator
// commands alike answer with a typed result (for --json) and its plain text.
import type { CoverageStore } from "../store/coverageStore.ts";

export interface Answered {
  result: unknown;
  text: string;
  /** False when the result is an error the user should read (the CLI then exits 1). */
  ok: boolean;
}

export interface Runnable {
  name: string;
  description: string;
  /** The command's option names, for `name: value` in a console line. */
  optionNames: readonly string[];
  run(store: CoverageStore, text: string, options: Readonly<Record<string, string>>): Promise<Answered>;
}

export const isAnswerError = (result: unknown): result is { error: string } =>
  typeof result === "object" && result !== null && "error" in result;
