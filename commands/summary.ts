// /summary story?:<story> article?:<article> length?:brief|full: a story's key facts, each citing every outlet
// that reports it (the latest story without an option), or one article's key sentences.
import { answerSummary } from "../src/answer/summary/answerSummary.ts";
import { SummaryLengthSchema, type AnswerError, type SummaryResult } from "../src/answer/contract.ts";
import { summaryDocument } from "../src/render/documents/summary.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { errorToTerminal } from "../src/render/terminal/error.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { errorMessage } from "../src/render/discord/error.ts";
import { articleChoices } from "./choices.ts";
import type { Command } from "./command.ts";
import { storyChoices } from "./storyChoices.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("summary", "The key points of a story across outlets, or of one article, each cited")
  .addStringOption((o) =>
    o.setName("article").setDescription("Summarise this one article instead of a story").setAutocomplete(true).setMaxLength(100),
  )
  .addStringOption((o) =>
    o
      .setName("length")
      .setDescription("Brief (the news and main reactions) or full (every section)")
      .addChoices({ name: "brief", value: "brief" }, { name: "full", value: "full" }),
  )
  // New options go last: a page button built before them still reads its values into the right options.
  .addStringOption((o) => o.setName("story").setDescription("Which story (leave out for the latest)").setAutocomplete(true).setMaxLength(100));

export const summary: Command<SummaryResult | AnswerError> = {
  definition,
  textOption: "story",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    const length = SummaryLengthSchema.safeParse(options.length);
    if (options.length !== undefined && !length.success) return { error: `Length must be brief or full, not "${options.length}".` };
    return answerSummary(store, {
      ...(options.article ? { article: options.article } : {}),
      ...(options.story ? { story: options.story } : {}),
      ...(length.success ? { length: length.data } : {}),
    });
  },
  toTerminal: (result) => ("error" in result ? errorToTerminal(result) : documentToTerminal(summaryDocument(result))),
  toDiscord: (result, ref) => ("error" in result ? errorMessage(result) : documentMessage(summaryDocument(result), ref)),
  async autocomplete(store, option, typed) {
    if (option === "story") return storyChoices(store, typed);
    if (option === "article") return articleChoices(store, typed);
    return [];
  },
};
