// A command's option values as the router sees them: from an interaction, and to and from the
// positional arguments a page button's custom id carries.
import type { CommandInteractionOption } from "discord.js";
import type { Command, OptionValues } from "../../commands/command.ts";

export const optionNames = (command: Command<unknown>): string[] =>
  (command.definition.toJSON().options ?? []).map((o) => o.name);

export function valuesOf(data: readonly CommandInteractionOption[]): OptionValues {
  const values: Record<string, string> = {};
  for (const option of data) if (option.value !== undefined && option.value !== null) values[option.name] = String(option.value);
  return values;
}

/** The values in definition order, "" for an option left out. */
export const argsOf = (command: Command<unknown>, values: OptionValues): string[] =>
  optionNames(command).map((name) => values[name] ?? "");

export function valuesFromArgs(command: Command<unknown>, args: readonly string[]): OptionValues {
  const values: Record<string, string> = {};
  optionNames(command).forEach((name, i) => {
    const arg = args[i];
    if (arg) values[name] = arg;
  });
  return values;
}
