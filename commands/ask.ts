// /ask question:<text>: the passages of the coverage that answer a question, best first, cited.
import { answerAsk } from "../src/answer/ask/ask.ts";
import type { AskResult } from "../src/answer/contract.ts";
import { askDocument } from "../src/render/documents/ask.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("ask", "Ask a question; get the passages of the coverage that answer it")
  .addStringOption((o) =>
    o.setName("question").setDescription("Your question about the coverage, in your own words").setRequired(true).setMaxLength(300),
  );

export const ask: Command<AskResult> = {
  definition,
  textOption: "question",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerAsk(store, { question: options.question ?? "" });
  },
  toTerminal: (result) => documentToTerminal(askDocument(result)),
  toDiscord: (result, ref) => documentMessage(askDocument(result), ref),
};
