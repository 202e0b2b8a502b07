// The console: reads slash-command lines (`/quote Putin`, `help`, `exit`) and prints the same
// answers the bot gives in Discord, as plain text.
import { createInterface } from "node:readline";
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

/** Answers one console line; null means the user asked to leave. */
export async function answerLine(store: CoverageStore, line: string): Promise<string | null> {
  const parsed = parseCommandLine(line, optionNames);
  if (!parsed) return "";
  if (parsed.name === "exit" || parsed.name === "quit") return null;
  if (parsed.name === "help" || parsed.name === "?") return HELP;
  const runnable = findRunnable(parsed.name);
  if (!runnable) return `Unknown command "${inertText(parsed.name)}".\n${HELP}`;
  try {
    return (await runnable.run(store, parsed.text, parsed.options)).text;
  } catch (error) {
    // Damage a read runs into after the store opened: the operator's one line, not a crash with a stack.
    if (error instanceof StoreProblem) return error.message;
    throw error;
  }
}

export async function runConsole(store: CoverageStore, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: interactive, prompt: "> " });
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const answer = await answerLine(store, line);
    if (answer === null) break;
    if (answer) output.write(`${answer}\n\n`);
    if (interactive) rl.prompt();
  }
  rl.close();
}
