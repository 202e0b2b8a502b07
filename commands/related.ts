// /related topic?:<words> story?:<story>: the story's articles across outlets, then stories related by what
// they report, then other headlines found with the coverage, ranked by a topic when given.
import { answerRelated } from "../src/answer/related.ts";
import type { AnswerError, RelatedResult } from "../src/answer/contract.ts";
import { relatedDocument } from "../src/render/documents/related.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { errorToTerminal } from "../src/render/terminal/error.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { errorMessage } from "../src/render/discord/error.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";
import { storyChoices } from "./storyChoices.ts";

const definition = commandDefinition("related", "A story's coverage across outlets, related stories and other headlines")
  .addStringOption((o) => o.setName("topic").setDescription("What to find related coverage about: a word or two").setMaxLength(100))
  .addStringOption((o) => o.setName("story").setDescription("Which story (leave out for the latest)").setAutocomplete(true).setMaxLength(100));

export const related: Command<RelatedResult | AnswerError> = {
  definition,
  textOption: "topic",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerRelated(store, { ...(options.topic ? { topic: options.topic } : {}), ...(options.story ? { story: options.story } : {}) });
  },
  toTerminal: (result) => ("error" in result ? errorToTerminal(result) : documentToTerminal(relatedDocument(result))),
  toDiscord: (result, ref) => ("error" in result ? errorMessage(result) : documentMessage(relatedDocument(result), ref)),
  async autocomplete(store, option, typed) {
    return option === "story" ? storyChoices(store, typed) : [];
  },
};
