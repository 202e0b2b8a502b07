// Everything the console and the one-shot CLI can run, by name: the slash-command modules
// (the same ones the bot serves) followed by the operator commands.
import { commands } from "../../commands/index.ts";
import type { Command } from "../../commands/command.ts";
import { operatorCommands } from "./operatorCommands.ts";
import { isAnswerError, type Runnable } from "./runnable.ts";

function fromCommand(command: Command<unknown>): Runnable {
  const json = command.definition.toJSON();
  const optionNames = (json.options ?? []).map((o) => o.name);
  return {
    name: json.name,
    description: json.description,
    optionNames,
    async run(store, text, options) {
      const values: Record<string, string | undefined> = { ...options };
      if (text && command.textOption && values[command.textOption] === undefined) values[command.textOption] = text;
      const result = await command.answer(store, values);
      return { result, text: command.toTerminal(result), ok: !isAnswerError(result) };
    },
  };
}

export const runnables: readonly Runnable[] = [...commands.map(fromCommand), ...operatorCommands];

export function findRunnable(name: string): Runnable | undefined {
  return runnables.find((r) => r.name === name.toLowerCase());
}

export function commandList(forOperators: boolean): string {
  const shown = forOperators ? runnables : runnables.filter((r) => !operatorCommands.includes(r));
  return shown.map((r) => `  ${forOperators ? "" : "/"}${r.name.padEnd(8)} ${r.description}`).join("\n");
}
