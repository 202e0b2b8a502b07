// /related topic?:<words>: other headlines found with the coverage, ranked by a topic when given.
import { answerRelated } from "../src/answer/related.ts";
import type { RelatedResult } from "../src/answer/contract.ts";
import { relatedDocument } from "../src/render/documents/related.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("related", "Other headlines that came with the coverage")
  .addStringOption((o) => o.setName("topic").setDescription("Rank headlines by this topic: a word or two").setMaxLength(100));

export const related: Command<RelatedResult> = {
  definition,
  textOption: "topic",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerRelated(store, options.topic ? { topic: options.topic } : {});
  },
  toTerminal: (result) => documentToTerminal(relatedDocument(result)),
  toDiscord: (result, ref) => documentMessage(relatedDocument(result), ref),
};
