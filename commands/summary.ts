// /summary article?:<article> length?:brief|full: an article's key sentences, each cited.
import { answerSummary } from "../src/answer/summary.ts";
import { SummaryLengthSchema, type AnswerError, type SummaryResult } from "../src/answer/contract.ts";
import { summaryDocument } from "../src/render/documents/summary.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { errorToTerminal } from "../src/render/terminal/error.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { errorMessage } from "../src/render/discord/error.ts";
import { articleChoices } from "./choices.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("summary", "The key points of an article, each with its paragraph cited")
  .addStringOption((o) =>
    o.setName("article").setDescription("Which article (leave out when only one is stored)").setAutocomplete(true).setMaxLength(100),
  )
  .addStringOption((o) =>
    o
      .setName("length")
      .setDescription("Brief (the news and main reactions) or full (every section)")
      .addChoices({ name: "brief", value: "brief" }, { name: "full", value: "full" }),
  );

export const summary: Command<SummaryResult | AnswerError> = {
  definition,
  textOption: "article",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    const length = SummaryLengthSchema.safeParse(options.length);
    if (options.length !== undefined && !length.success) return { error: `Length must be brief or full, not "${options.length}".` };
    return answerSummary(store, {
      ...(options.article ? { article: options.article } : {}),
      ...(length.success ? { length: length.data } : {}),
    });
  },
  toTerminal: (result) => ("error" in result ? errorToTerminal(result) : documentToTerminal(summaryDocument(result))),
  toDiscord: (result, ref) => ("error" in result ? errorMessage(result) : documentMessage(summaryDocument(result), ref)),
  async autocomplete(store, option, typed) {
    if (option === "article") return articleChoices(store, typed);
    return [];
  },
};
