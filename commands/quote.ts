// /quote who:<speaker> article?:<article>: what someone said in the coverage, and what others said about them.
import { answerQuote } from "../src/answer/quote.ts";
import type { QuoteResult } from "../src/answer/contract.ts";
import { quoteDocument } from "../src/render/documents/quote.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { articleChoices, speakerChoices } from "./choices.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const definition = commandDefinition("quote", "Quotes by a person in the coverage, then quotes about them")
  .addStringOption((o) =>
    o.setName("who").setDescription("A person or organisation quoted in the coverage (pick from the list or type a name)").setRequired(true).setAutocomplete(true).setMaxLength(100),
  )
  .addStringOption((o) =>
    o.setName("article").setDescription("Only quotes from this article").setAutocomplete(true).setMaxLength(100),
  );

export const quote: Command<QuoteResult> = {
  definition,
  textOption: "who",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerQuote(store, { who: options.who ?? "", ...(options.article ? { article: options.article } : {}) });
  },
  toTerminal: (result) => documentToTerminal(quoteDocument(result)),
  toDiscord: (result, ref) => documentMessage(quoteDocument(result), ref),
  async autocomplete(store, option, typed) {
    if (option === "who") return speakerChoices(store, typed);
    if (option === "article") return articleChoices(store, typed);
    return [];
  },
};
