// The console: reads slash-command lines (`/quote Putin`, `help`, `exit`) and prints the same
// answers the bot gives in Discord, as plain text; each command answered is observed (for the metrics).
import { createInterface } from "node:readline";
import type { InteractionRecord } from "../discord/observe/interactionRecord.ts";
import { inertText } from "../render/inertText.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import { StoreProblem } from "../store/storeProblem.ts";
import { parseCommandLine } from "./parseCommandLine.ts";
import { commandList, findRunnable } from "./runnables.ts";

export const HELP = `Commands (type them as in Discord; options as name:value):
${commandList(false)}
  exit     leave the console
Examples: /quote Putin · /summary length:full · /related gaza · /ask how long was the call?`;

const optionNames = (name: string) => findRunnable(name)?.optionNames ?? [];

export type ObserveCommand = (record: InteractionRecord) => void;

/** Answers one console line; null means the user asked to leave. */
export async function answerLine(store: CoverageStore, line: string, observe: ObserveCommand = () => undefined): Promise<string | null> {
  const parsed = parseCommandLine(line, optionNames);
  if (!parsed) return "";
  if (parsed.name === "exit" || parsed.name === "quit") return null;
  if (parsed.name === "help" || parsed.name === "?") return HELP;
  const runnable = findRunnable(parsed.name);
  if (!runnable) return `Unknown command "${inertText(parsed.name)}".\n${HELP}`;
  const started = performance.now();
  const observed = (outcome: InteractionRecord["outcome"]) =>
    observe({ command: runnable.name, kind: "command", options: { text: parsed.text, ...parsed.options }, guild: null, outcome, latencyMs: performance.now() - started });
  try {
    const answered = await runnable.run(store, parsed.text, parsed.options);
    observed(answered.ok ? "answered" : "notice");
    return answered.text;
  } catch (error) {
    observed("failed");
    // Damage a read runs into after the store opened: the operator's one line, not a crash with a stack.
    if (error instanceof StoreProblem) return error.message;
    throw error;
  }
}

export async function runConsole(store: CoverageStore, observe?: ObserveCommand, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: interactive, prompt: "> " });
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const answer = await answerLine(store, line, observe);
    if (answer === null) break;
    if (answer) output.write(`${answer}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
