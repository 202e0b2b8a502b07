// Real articles built by hand for the summary tests, independent of the ingest stage: the seed's body
// paragraphs (captions, headings, related block and furniture set apart by reading it), split into sentences here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreSentences } from "../../src/nlp/summary/summaryRank.ts";
import type { Article, Span } from "../../src/model/article.ts";

const SEED = fileURLToPath(new URL("../../data/sources/000_763f98cca8341530.txt", import.meta.url));
const SEED_HEADINGS = ["A halt to fighting in Ukraine seems as distant as ever", "Discussion between ‘two superpowers’", "Ukraine and Europe take a back seat"];

/** Sentence spans for plain news prose: a stop, then a capital or an opening quote. */
export function testSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][”"’]?(?=\s+[“"‘A-Z])/gu)) {
    const end = m.index + m[0].length;
    if (/\b(?:Mr|Mrs|Ms|Dr|Sen|St|[A-Z])\.$/u.test(text.slice(start, end))) continue;
    spans.push([start, end]);
    start = end + (/^\s+/u.exec(text.slice(end))?.[0].length ?? 0);
  }
  spans.push([start, text.length]);
  return spans;
}

export function buildTestArticle(
  id: string,
  title: string,
  sections: { heading?: string; paragraphs: string[] }[],
  extra: Pick<Article, "captions" | "related"> = { captions: [], related: [] },
): Article {
  const paragraphs: Article["paragraphs"] = [];
  const built = sections.map((s) => ({
    ...(s.heading ? { heading: s.heading } : {}),
    paragraphs: s.paragraphs.map((text) => {
      paragraphs.push({ n: paragraphs.length + 1, text, sentences: testSentences(text) });
      return paragraphs.length;
    }),
  }));
  const draft = { id, title, outlet: "AP", sourcePath: id, contentHash: id, sections: built, paragraphs, ...extra };
  return { ...draft, sentenceScores: scoreSentences(draft) };
}

export function seedArticle(): Article {
  const lines = readFileSync(SEED, "utf8").split(/\r?\n/u).map((l) => l.trim()).filter(Boolean);
  const [title = "", ...rest] = lines;
  const body = rest.slice(0, rest.indexOf("Source link"));
  const captions = [...new Set(body.filter((l) => l.startsWith("In this photo")))];
  const sections: { heading?: string; paragraphs: string[] }[] = [{ paragraphs: [] }];
  for (const line of body) {
    if (captions.includes(line)) continue;
    if (SEED_HEADINGS.includes(line)) sections.push({ heading: line, paragraphs: [] });
    else sections.at(-1)?.paragraphs.push(line);
  }
  const related = [{ title: "Canada proposes sweeping immigration and security bill" }, { title: "Lee Jae-myung wins South Korea presidency" }];
  return buildTestArticle("the-trump-putin-phone-call", title, sections, { captions, related });
}
