// `npm run cli -- <command> [text] [name:value …] [--option value] [--json]`: one command, one
// answer, then exit. `--json` prints the typed result (the contract in DESIGN.md) for scripts and tests,
// its bidi and C1 control characters written as \u escapes so that they reach no terminal raw.
import { Command as Program } from "commander";
import dotenv from "dotenv";
import { parseCommandLine } from "../cli/parseCommandLine.ts";
import { commandList, runnables } from "../cli/runnables.ts";
import { inertText, terminalJson } from "../render/inertText.ts";
import { StoreProblem } from "../store/storeProblem.ts";
import { openStore } from "./openStore.ts";

dotenv.config({ quiet: true });

const program = new Program("npm run cli --")
  .description("Answer one coverage-bot command and exit.")
  .showHelpAfterError()
  .addHelpText("after", `\nCommands:\n${commandList(true)}`);

for (const runnable of runnables) {
  const sub = program.command(runnable.name).description(runnable.description).argument("[text...]").option("--json", "print the typed result as JSON");
  for (const name of runnable.optionNames) sub.option(`--${name} <value>`);
  sub.action(async (words: string[], flags: Record<string, string | boolean>) => {
    const opened = await openStore();
    if (!opened.ok) {
      console.error(opened.message);
      process.exit(1);
    }
    const typed = parseCommandLine(`${runnable.name} ${words.join(" ")}`, () => runnable.optionNames);
    const flagged = Object.entries(flags).filter((e): e is [string, string] => e[0] !== "json" && typeof e[1] === "string");
    const options = { ...typed?.options, ...Object.fromEntries(flagged) };
    if (opened.notice) console.error(opened.notice);
    const answered = await runnable.run(opened.store, typed?.text ?? "", options).catch((error: unknown) => {
      // Damage a read runs into after the store opened: the operator's one line, not a stack trace.
      if (!(error instanceof StoreProblem)) throw error;
      console.error(error.message);
      process.exit(1);
    });
    await opened.store.close();
    console.log(flags.json ? terminalJson(answered.result) : answered.text);
    if (!answered.ok) process.exitCode = 1;
  });
}

program.on("command:*", (operands: string[]) => {
  console.error(`Unknown command "${inertText(operands[0] ?? "")}". Commands:\n${commandList(true)}`);
  process.exit(1);
});

await program.parseAsync();
