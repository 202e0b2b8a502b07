// /coverage story?:<story>: one story across its outlets (who covered it, whom each quoted, where
// their figures differ, what one alone reports); without a story, the latest stories to pick from.
import { answerCoverage } from "../src/answer/coverage.ts";
import type { AnswerError, CoverageResult, StoriesResult } from "../src/answer/contract.ts";
import { coverageDocument, storyListDocument } from "../src/render/documents/coverage.ts";
import { humanDate } from "../src/render/dates.ts";
import type { Document } from "../src/render/document.ts";
import { documentMessage } from "../src/render/discord/document.ts";
import { errorMessage } from "../src/render/discord/error.ts";
import { fitChoices } from "../src/render/discord/limits.ts";
import { documentToTerminal } from "../src/render/terminal/document.ts";
import { errorToTerminal } from "../src/render/terminal/error.ts";
import { findStories } from "../src/search/findStories.ts";
import type { Command } from "./command.ts";
import { commandDefinition } from "./definition.ts";
import { withinOptionLimits } from "./optionLimits.ts";

const MAX_CHOICES = 25;

const outletCount = (articles: readonly { outlet?: string; id: string }[]): string => {
  const n = new Set(articles.map((a) => a.outlet ?? a.id)).size;
  return `${n} outlet${n === 1 ? "" : "s"}`;
};

const definition = commandDefinition("coverage", "How each outlet covered a story: who they quoted, where their facts differ").addStringOption((o) =>
  o.setName("story").setDescription("A story: words from a headline, a name or a topic (leave out for the latest stories)").setAutocomplete(true).setMaxLength(100),
);

type CoverageAnswer = CoverageResult | StoriesResult | AnswerError;

const documentOf = (result: CoverageResult | StoriesResult): Document => ("stories" in result ? storyListDocument(result) : coverageDocument(result));

export const coverage: Command<CoverageAnswer> = {
  definition,
  textOption: "story",
  async answer(store, given) {
    const options = withinOptionLimits(definition, given);
    return answerCoverage(store, options.story ? { story: options.story } : {});
  },
  toTerminal: (result) => ("error" in result ? errorToTerminal(result) : documentToTerminal(documentOf(result))),
  toDiscord: (result, ref) => ("error" in result ? errorMessage(result) : documentMessage(documentOf(result), ref)),
  async autocomplete(store, option, typed) {
    if (option !== "story") return [];
    const stories = await findStories(store, typed, MAX_CHOICES);
    return fitChoices(
      stories.map((s) => ({ name: `${s.title} — ${outletCount(s.articles)}, ${humanDate(s.last)}`, value: s.id })),
    );
  },
};
