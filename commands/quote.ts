// /quote who:<speaker> story?:<story> article?:<article>: what someone said in the coverage, and what others
// said about them, each quote once with every outlet that carries it.
import { answerQuote } from "../src/answer/quotes/quote.ts";
import type { AnswerError, QuoteResult } from "../src/answer/contract.ts";
import { quoteDocument } from "../src/render/documents/quote.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { errorMessage } from "../src/render/discord/error.ts";
import { errorToTerminal } from "../src/render/terminal/error.ts";
import { articleChoices, speakerChoices } from "./choices.ts";
import type { Command } from "./command.ts";
import { storyChoices } from "./storyChoices.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("quote", "Quotes by a person in the coverage, then quotes about them")
  .addStringOption((o) =>
    o.setName("who").setDescription("A person or organisation quoted in the coverage (pick from the list or type a name)").setRequired(true).setAutocomplete(true).setMaxLength(100),
  )
  .addStringOption((o) =>
    o.setName("article").setDescription("Only quotes from this article").setAutocomplete(true).setMaxLength(100),
  )
  // New options go last: a page button built before them still reads its values into the right options.
  .addStringOption((o) => o.setName("story").setDescription("Only quotes from this story").setAutocomplete(true).setMaxLength(100));

export const quote: Command<QuoteResult | AnswerError> = {
  definition,
  textOption: "who",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerQuote(store, {
      who: options.who ?? "",
      ...(options.article ? { article: options.article } : {}),
      ...(options.story ? { story: options.story } : {}),
    });
  },
  toTerminal: (result) => ("error" in result ? errorToTerminal(result) : documentToTerminal(quoteDocument(result))),
  toDiscord: (result, ref) => ("error" in result ? errorMessage(result) : documentMessage(quoteDocument(result), ref)),
  async autocomplete(store, option, typed) {
    if (option === "who") return speakerChoices(store, typed);
    if (option === "story") return storyChoices(store, typed);
    if (option === "article") return articleChoices(store, typed);
    return [];
  },
};
