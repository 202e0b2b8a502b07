// /ask about the coverage itself: "which outlets covered …", "who reported …", "when was … first reported".
// The topic's best passage finds the story; the answer is that story's articles in publication order (outlet,
// time, link), each cited by its passage on the topic (or its opening sentence when none matched).
import { withoutDateline } from "../../nlp/summary/summaryRules.ts";
import type { CoverageQuestion } from "../../nlp/question/coverageQuestion.ts";
import { rankSentences, type RankedSentence } from "../../search/rankPassages.ts";
import { understandQuestion } from "../../search/understandQuestion.ts";
import type { CoverageStore, StoredStory } from "../../store/coverageStore.ts";
import { askPassage } from "../ask/askPassage.ts";
import { moreOf } from "./unlisted.ts";
import { citeOf, citedFields } from "../cite.ts";
import type { AskAnswer, AskResult } from "../contract.ts";
import { sentenceSpans } from "../../model/article.ts";

/** An article's opening sentence, cited: what it reports, when none of its passages matched the topic. */
async function opening(store: CoverageStore, id: string): Promise<AskAnswer | null> {
  const article = await store.article(id);
  const paragraph = article?.paragraphs[0];
  if (!article || !paragraph) return null;
  const [span] = sentenceSpans(paragraph);
  const text = withoutDateline(span ? paragraph.text.slice(span[0], span[1]).trim() : paragraph.text);
  return { text, score: 0, highlights: [], ...citedFields(article, paragraph.n), cites: [citeOf(article, paragraph.n)] };
}

const articleFields = (a: StoredStory["articles"][number]) => ({
  id: a.id,
  title: a.title,
  ...(a.outlet ? { outlet: a.outlet } : {}),
  ...(a.published ? { published: a.published } : {}),
  ...(a.url ? { url: a.url } : {}),
});

/** The answer to a question about the coverage, or null when no story is about its topic (then it is asked as any question). */
export async function coverageAnswer(
  store: CoverageStore,
  asked: CoverageQuestion,
  question: string,
  answers: (ranked: RankedSentence) => boolean,
): Promise<AskResult | null> {
  const understood = await understandQuestion(store, asked.topic);
  const ranked = (await rankSentences(store, understood)).filter(answers);
  const [best] = ranked;
  const id = best ? await store.storyOf(best.paragraph.article.id) : null;
  const story = id ? await store.story(id) : null;
  if (!story) return null;
  const stems = new Set(understood.terms.map((t) => t.stem));
  const passages = await Promise.all(
    story.articles.map(async (a) => {
      const own = ranked.find((r) => r.paragraph.article.id === a.id);
      return own ? askPassage(own, stems) : opening(store, a.id);
    }),
  );
  return {
    question,
    ...(understood.corrected ? { corrected: understood.corrected } : {}),
    answers: passages.filter((p): p is AskAnswer => p !== null),
    maybeRelated: [],
    coverage: { asks: asked.asks, story: { id: story.id, title: story.title }, ...moreOf(story), articles: story.articles.map(articleFields) },
  };
}
