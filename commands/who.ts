// /who name:<person or organisation>: who they are in the coverage, how often quoted and mentioned.
import { answerWho } from "../src/answer/who.ts";
import type { WhoResult } from "../src/answer/contract.ts";
import { whoDocument } from "../src/render/documents/who.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { entityChoices } from "./choices.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("who", "Who a person or organisation is in the coverage")
  .addStringOption((o) =>
    o.setName("name").setDescription("A person or organisation named in the coverage (pick from the list or type a name)").setRequired(true).setAutocomplete(true).setMaxLength(100),
  );

export const who: Command<WhoResult> = {
  definition,
  textOption: "name",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerWho(store, { name: options.name ?? "" });
  },
  toTerminal: (result) => documentToTerminal(whoDocument(result)),
  toDiscord: (result, ref) => documentMessage(whoDocument(result), ref),
  async autocomplete(store, option, typed) {
    if (option === "name") return entityChoices(store, typed);
    return [];
  },
};
