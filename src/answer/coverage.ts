// /coverage: one story as its outlets told it — each outlet's articles and whom it quoted, the facts
// its outlets state with different numbers (each side cited), those they agree on, and what one
// outlet alone reports. Without a story named, the latest stories to pick from. A story of hundreds is told by
// its earliest articles (the store lists STORY_LISTED), with a count of the rest.
import { sentenceSpans, type Article } from "../model/article.ts";
import { compareFacts, type Fact, type OutletSentence } from "../nlp/facts/compareFacts.ts";
import { reportedByOne } from "../nlp/facts/reportedByOne.ts";
import type { CoverageStore, StoredStory } from "../store/coverageStore.ts";
import { cite, shortTitle } from "./cite.ts";
import type { AnswerError, CoverageResult, StoriesResult } from "./contract.ts";
import { answerStories } from "./listings/stories.ts";
import { resolveStory } from "./story/resolveStory.ts";
import { moreOf } from "./story/unlisted.ts";

/** Stories listed when none is named. */
const LATEST = 10;
/**
 * Outlets compared in one story, each by its first article: comparing claims costs about as much per article as
 * reading it, so a story of dozens of outlets is compared across its first six (a real story has a handful).
 */
const MAX_COMPARED = 6;
/** Articles of one outlet whose quotes are counted. */
const MAX_QUOTING = 12;
const MAX_FACTS = 10;
const ONLY_PER_OUTLET = 2;

type StoryArticle = StoredStory["articles"][number];

/** The name an article's outlet goes by; an article with none stands for itself. */
const outletOf = (article: Pick<Article, "outlet" | "title">): string => article.outlet ?? shortTitle(article.title, 40);

/** `Fox News ¶11` when the outlet has one article in the story, else the whole citation. */
function storyCite(articles: readonly StoryArticle[], article: StoryArticle, paragraph: number): string {
  const outlet = outletOf(article);
  return articles.filter((a) => outletOf(a) === outlet).length === 1 ? `${outlet} ¶${paragraph}` : cite(article, paragraph);
}

function sentencesOf(article: Article): OutletSentence[] {
  const outlet = outletOf(article);
  const published = article.published ? { published: article.published } : {};
  return article.paragraphs.flatMap((p) => sentenceSpans(p).map(([start, end]) => ({ outlet, article: article.id, paragraph: p.n, text: p.text.slice(start, end).trim(), ...published })));
}

export async function answerCoverage(store: CoverageStore, input: { story?: string }): Promise<CoverageResult | StoriesResult | AnswerError> {
  if (!input.story?.trim()) return answerStories(store, LATEST);
  const story = await resolveStory(store, input.story);
  if ("error" in story) return story;

  const outletNames = [...new Set(story.articles.map(outletOf))];
  const compared = outletNames.slice(0, MAX_COMPARED).flatMap((outlet) => story.articles.find((a) => outletOf(a) === outlet) ?? []);
  const articles = (await Promise.all(compared.map((a) => store.article(a.id)))).filter((a): a is Article => a !== null);
  const byId = new Map(story.articles.map((a) => [a.id, a]));
  const sentences = articles.flatMap(sentencesOf);
  const cited = (s: OutletSentence) => {
    const article = byId.get(s.article);
    return {
      outlet: s.outlet,
      text: s.text,
      article: s.article,
      paragraph: s.paragraph,
      cite: article ? storyCite(story.articles, article, s.paragraph) : `${s.outlet} ¶${s.paragraph}`,
      ...(article?.url ? { url: article.url } : {}),
    };
  };
  const factOut = (fact: Fact) => ({
    about: fact.about,
    claims: fact.claims.map((c) => ({ ...cited(c.sentence), stated: c.sentence.text.slice(c.quantity.start, c.quantity.end) })),
  });
  const facts = compareFacts(sentences);

  const outlets = await Promise.all(
    outletNames.map(async (outlet) => {
      const own = story.articles.filter((a) => outletOf(a) === outlet);
      return {
        outlet,
        articles: own.map((a) => ({ id: a.id, title: a.title, ...(a.published ? { published: a.published } : {}), ...(a.url ? { url: a.url } : {}) })),
        quoted: (await store.speakersIn(own.slice(0, MAX_QUOTING).map((a) => a.id))).map((s) => s.name),
      };
    }),
  );
  return {
    story: { id: story.id, title: story.title, first: story.first, last: story.last, ...moreOf(story) },
    outlets,
    differences: facts.filter((f) => !f.agree).slice(0, MAX_FACTS).map(factOut),
    agreements: facts.filter((f) => f.agree).slice(0, MAX_FACTS).map(factOut),
    only: reportedByOne(sentences, ONLY_PER_OUTLET).map((o) => cited(o.sentence)),
  };
}
