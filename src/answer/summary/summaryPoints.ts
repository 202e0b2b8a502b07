// The candidate points of an extractive summary: each sentence that can stand alone, or a dangling
// sentence together with the one before it, with its precomputed score and whether it reports a reaction.
import { needsPrevious, quotation, sameContent, withoutDateline } from "../../nlp/summary/summaryRules.ts";
import { contentStems } from "../../nlp/tokens.ts";
import { reactionIn, reports, type Reaction } from "../../nlp/summary/summaryReaction.ts";
import { sentenceSpans, type Article } from "../../model/article.ts";

export interface Candidate {
  paragraph: number;
  /** Position of the point's first sentence in the article (0-based, over all sentences). */
  order: number;
  /** Position of its last sentence. */
  last: number;
  text: string;
  score: number;
  reaction: Reaction | null;
  /** Index of the article section holding the paragraph. */
  section: number;
  /** Content stems of `text`, for spotting repeats. */
  stems: ReadonlySet<string>;
}

const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** "Pushing back: Iraqi tribesmen…", "Analysis: Jon Sopel…": a label and a colon mark a caption or a kicker, not a point. */
const LABELLED = /^(?:[\p{L}’'-]+\s){0,2}[\p{L}’'-]+:\s/u;
/** A two-sentence point may run this many words longer. */
const PAIR_EXTRA = 20;

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A sentence that refers back early ("The Kremlin leader linked it to…") reads best after the one before. */
const REFERS_BACK = /^(?:\S+\s+){0,7}(?:it|its|this|these|those|they|them|their|he|him|his|she|her)\b/iu;
/** A two-sentence point scores the mean of its sentences plus this share of the weaker one. */
const SECOND_SENTENCE = 0.2;

/** Two sentences read as one point only when they share a content word (a photo caption does not introduce the next sentence). */
function cohere(a: string, b: string): boolean {
  const first = new Set(contentStems(a));
  return contentStems(b).some((s) => first.has(s));
}

/**
 * The candidate points of an article; when no sentence is short enough (an
 * unsplit wall of text), the long ones too.
 */
export function candidatePoints(article: Article): readonly Candidate[] {
  const short = pointsUpTo(article, MAX_WORDS);
  return short.length > 0 ? short : pointsUpTo(article, Infinity);
}

function pointsUpTo(article: Article, maxWords: number): Candidate[] {
  const sectionOf = new Map<number, number>();
  article.sections.forEach((s, i) => s.paragraphs.forEach((n) => sectionOf.set(n, i)));
  const candidates: Candidate[] = [];
  let order = 0;
  for (const paragraph of article.paragraphs) {
    const spans = sentenceSpans(paragraph);
    const scores = article.sentenceScores[paragraph.n - 1] ?? [];
    const sentence = (i: number) => {
      const span = spans[i];
      return span ? paragraph.text.slice(span[0], span[1]).trim() : "";
    };
    const add = (first: number, last: number, position: number) => {
      const whole =
        last - first > 1 ? `${sentence(first)} … ${sentence(last)}` : paragraph.text.slice(spans[first]?.[0] ?? 0, spans[last]?.[1] ?? 0).trim();
      const text = position === 0 ? withoutDateline(whole) : whole;
      if (LABELLED.test(text) || text.includes("»") || quotation(text) !== "balanced" || words(sentence(last)) < MIN_WORDS || words(text) > (first === last ? maxWords : maxWords + PAIR_EXTRA) || text.endsWith("?")) return;
      const a = scores[first] ?? 0;
      const b = scores[last] ?? 0;
      candidates.push({
        paragraph: paragraph.n,
        order: position,
        last: position - first + last,
        text,
        score: first === last ? a : (a + b) / 2 + SECOND_SENTENCE * Math.min(a, b),
        reaction: reactionIn(text),
        section: sectionOf.get(paragraph.n) ?? 0,
        stems: new Set(contentStems(text)),
      });
    };
    /**
     * A sentence sharing no content word with either neighbour in its paragraph and reporting no one's words:
     * an inserted caption or aside ("Graham warned that…" is the story, and the next "he said" leans on it).
     */
    const aside = (i: number) =>
      i > 0 && i < spans.length - 1 && !reports(sentence(i)) && !cohere(sentence(i - 1), sentence(i)) && !cohere(sentence(i), sentence(i + 1));
    const start = order;
    spans.forEach((_, i) => {
      order++;
      const own = sentence(i);
      const dangles = needsPrevious(own) || quotation(own) === "closes";
      if (!dangles && !aside(i)) add(i, i, start + i);
      if (!dangles && !REFERS_BACK.test(own)) return;
      const before = aside(i - 1) ? i - 2 : i - 1;
      const opener = sentence(before);
      if (before >= 0 && !needsPrevious(opener) && (cohere(opener, own) || quotation(opener) === "opens")) add(before, i, start + before);
    });
  }
  return candidates;
}

/** Whether a candidate shares a sentence with a chosen point or says much the same. */
export function repeats(candidate: Candidate, chosen: readonly Candidate[]): boolean {
  return chosen.some(
    (c) => (c.order <= candidate.last && candidate.order <= c.last) || sameContent(c.stems, candidate.stems),
  );
}
