// Articles for the quote-attribution tests: the seed and corpus fixtures as ingest builds them,
// and small articles made of real paragraphs from those fixtures.
import { readFileSync } from "node:fs";
import { buildArticle, contentHash } from "../../../src/ingest/buildArticle.ts";
import { parseTextPage } from "../../../src/ingest/textPage.ts";
import type { Analysis } from "../../../src/nlp/analyse.ts";
import type { Article } from "../../../src/model/article.ts";
import type { Quote } from "../../../src/model/quote.ts";
import { SEED_PATH, corpusArticle } from "../../eval/ask.ts";

export function seedArticle(): Article {
  const raw = readFileSync(SEED_PATH, "utf8");
  return buildArticle(parseTextPage(raw), SEED_PATH, contentHash(raw));
}

export { corpusArticle };

/** An article whose paragraphs are the given texts, each one sentence span (sentence splitting is not under test). */
export function paragraphsArticle(id: string, paragraphs: readonly string[]): Article {
  return {
    id,
    title: id,
    sourcePath: id,
    contentHash: id,
    sections: [{ paragraphs: paragraphs.map((_, i) => i + 1) }],
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text, sentences: [[0, text.length]] })),
    captions: [],
    related: [],
    sentenceScores: paragraphs.map(() => [0]),
  };
}

/** The quotes of an analysis with their speaker's name, for readable assertions. */
export function named(analysis: Analysis): (Quote & { speaker: string | null })[] {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  return analysis.quotes.map((q) => ({ ...q, speaker: q.speakerId ? (names.get(q.speakerId) ?? null) : null }));
}

/** The one quote whose text contains `words`. */
export function quoteWith(analysis: Analysis, words: string): Quote & { speaker: string | null } {
  const found = named(analysis).filter((q) => q.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} quotes contain "${words}"`);
  return found[0] as Quote & { speaker: string | null };
}

/** The one direct or mixed quote whose text contains `words` (a reported statement around it may hold them too). */
export function quotedWith(analysis: Analysis, words: string): Quote & { speaker: string | null } {
  const found = named(analysis).filter((q) => q.kind !== "reported" && q.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} direct or mixed quotes contain "${words}"`);
  return found[0] as Quote & { speaker: string | null };
}
