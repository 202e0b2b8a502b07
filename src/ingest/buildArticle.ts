// Turns a parsed page into a stored Article: stable id, paragraphs numbered 1..n in reading
// order, sentence offsets, and the summary ranking precomputed.
import { createHash } from "node:crypto";
import { splitSentences } from "../nlp/sentences.ts";
import { scoreSentences } from "../nlp/summary/summaryRank.ts";
import type { Article, Section } from "../model/article.ts";
import type { ParsedPage } from "./parsedPage.ts";

const ID_MAX = 60;

export function slugify(text: string, max = ID_MAX): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/['’]/gu, "")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const dash = cut.lastIndexOf("-");
  return dash > max / 2 ? cut.slice(0, dash) : cut;
}

export function contentHash(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The article id: the slug of its title, or of its content hash when the title has no letters. */
export function articleId(page: ParsedPage, hash: string): string {
  return slugify(page.title) || `article-${hash.slice(0, 12)}`;
}

export function buildArticle(page: ParsedPage, sourcePath: string, hash: string): Article {
  const paragraphs: Article["paragraphs"] = [];
  const sections: Section[] = [];
  for (const section of page.sections) {
    const numbers: number[] = [];
    for (const text of section.paragraphs) {
      const n = paragraphs.length + 1;
      paragraphs.push({ n, text, sentences: splitSentences(text) });
      numbers.push(n);
    }
    if (numbers.length > 0 || section.heading) {
      sections.push({ ...(section.heading ? { heading: section.heading } : {}), paragraphs: numbers });
    }
  }
  const draft: Omit<Article, "sentenceScores"> = {
    id: articleId(page, hash),
    title: page.title,
    ...(page.outlet ? { outlet: page.outlet } : {}),
    ...(page.url ? { url: page.url } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.byline ? { byline: page.byline } : {}),
    sourcePath,
    contentHash: hash,
    sections,
    paragraphs,
    captions: page.captions,
    related: page.related,
  };
  return { ...draft, sentenceScores: scoreSentences(draft) };
}
