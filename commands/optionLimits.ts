// Option values held to the lengths the command's definition declares: Discord enforces them, and
// the console and CLI get the same bound, so a pasted wall of text cannot slow an answer down.
import type { SlashCommandOptionsOnlyBuilder } from "@discordjs/builders";
import type { OptionValues } from "./command.ts";

export function withinOptionLimits(definition: SlashCommandOptionsOnlyBuilder, options: OptionValues): OptionValues {
  const clipped: Record<string, string | undefined> = { ...options };
  for (const option of definition.toJSON().options ?? []) {
    const max = "max_length" in option ? option.max_length : undefined;
    const value = clipped[option.name];
    if (max !== undefined && value !== undefined) clipped[option.name] = [...value].slice(0, max).join("");
  }
  return clipped;
}
