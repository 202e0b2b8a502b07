// `npm run cli -- <command> [text] [name:value …] [--option value] [--json]`: one command, one
// answer, then exit. `--json` prints the typed result (the contract in DESIGN.md) for scripts and tests.
import { Command as Program } from "commander";
import dotenv from "dotenv";
import { openCorpus } from "../store/openCorpus.ts";
import { parseCommandLine } from "./parseCommandLine.ts";
import { commandList, runnables } from "./runnables.ts";

dotenv.config({ quiet: true });

const program = new Program("npm run cli --")
  .description("Answer one coverage-bot command and exit.")
  .showHelpAfterError()
  .addHelpText("after", `\nCommands:\n${commandList(true)}`);

for (const runnable of runnables) {
  const sub = program.command(runnable.name).description(runnable.description).argument("[text...]").option("--json", "print the typed result as JSON");
  for (const name of runnable.optionNames) sub.option(`--${name} <value>`);
  sub.action(async (words: string[], flags: Record<string, string | boolean>) => {
    const opened = await openCorpus();
    if (!opened.ok) {
      console.error(opened.message);
      process.exit(1);
    }
    const typed = parseCommandLine(`${runnable.name} ${words.join(" ")}`, () => runnable.optionNames);
    const flagged = Object.entries(flags).filter((e): e is [string, string] => e[0] !== "json" && typeof e[1] === "string");
    const options = { ...typed?.options, ...Object.fromEntries(flagged) };
    const answered = runnable.run(opened.corpus, typed?.text ?? "", options);
    console.log(flags.json ? JSON.stringify(answered.result, null, 2) : answered.text);
    if (!answered.ok) process.exitCode = 1;
  });
}

program.on("command:*", (operands: string[]) => {
  console.error(`Unknown command "${operands[0] ?? ""}". Commands:\n${commandList(true)}`);
  process.exit(1);
});

await program.parseAsync();
