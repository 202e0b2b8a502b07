// /help: what each command does and how to type it, with examples from the coverage; shown only to the asker.
import type { HelpResult } from "../src/answer/contract.ts";
import { answerHelp, type CommandOutline } from "../src/answer/help.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { MessageFlags } from "discord-api-types/v10";
import { helpDocument } from "../src/render/documents/help.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";

const outline = (command: Command<unknown>): CommandOutline => {
  const json = command.definition.toJSON();
  return { name: json.name, description: json.description, options: (json.options ?? []).map((o) => ({ name: o.name, required: Boolean(o.required) })) };
};

/** The help command for `listed` (the other commands), itself last. */
export function helpCommand(listed: readonly Command<unknown>[]): Command<HelpResult> {
  const definition = commandDefinition("help", "What this bot can answer, and how to ask it");
  const outlines = [...listed.map(outline), { name: "help", description: definition.description, options: [] }];
  return {
    definition,
    answer: (store) => answerHelp(store, outlines),
    toTerminal: (result) => documentToTerminal(helpDocument(result)),
    toDiscord: (result, ref) => ({ ...documentMessage(helpDocument(result), ref), flags: MessageFlags.Ephemeral }),
  };
}
