// Ranks the sentences that might answer an understood question: the store returns the paragraphs
// holding its stems, and here each of their sentences gets BM25 at sentence and paragraph level,
// then the best few get the finer features: how much of the question the sentence, its paragraph
// and its article cover (a person asked about counts as met where the store says they are
// mentioned, even as "she"), proximity, entity and answer-kind features.
import { asksForSpeech, holdsAskedRelation, holdsNewName, holdsSpeech, speaksOfFuture } from "../nlp/question/askedRelation.ts";
import { answerTypeScore, type QuestionKind } from "../nlp/question/questionKind.ts";
import { tokenize } from "../nlp/tokens.ts";
import { CANDIDATE_WINDOW, type CandidateParagraph, type CandidateSentence, type CoverageStore, type ParagraphMention, type TermCount } from "../store/coverageStore.ts";
import { bm25, bm25Scale, idf, termBag, type LevelStats, type TermBag, type WeightedTerm } from "./bm25.ts";
import { nameStems } from "./questionEntities.ts";
import type { QueryTerm, UnderstoodQuestion } from "./understandQuestion.ts";

/** How many paragraphs, most relevant first, the store is asked for. */
const CANDIDATE_PARAGRAPHS = 200;
/**
 * Paragraph postings the candidate search reads at most, beyond the question's rarest stem: the most common
 * stems ("said", "year") are left out of the search (they still count in the ranking), so finding candidates
 * costs about the same however many paragraphs the store holds. No more than the store ranks, so that the
 * paragraphs holding the rarer stems are all ranked, not pushed out of its window by newer common ones.
 */
const CANDIDATE_POSTINGS = CANDIDATE_WINDOW;
/** How many sentences, best by BM25, get the finer features. */
const SHORTLIST = 30;
const PARAGRAPH_WEIGHT = 0.5;
const ARTICLE_WEIGHT = 0.3;
const PROXIMITY_WEIGHT = 0.15;
const ENTITY_WEIGHT = 0.1;
/** A question word met only by a related word counts for this share. */
const RELATED_CREDIT = 0.8;
/** … and met only by a word-vector neighbour, this share. */
const NEIGHBOUR_CREDIT = 0.5;
/** How much a sentence without the wanted kind of answer (no duration for "how long") loses. */
const KIND_WEIGHT: Record<QuestionKind, number> = {
  howLong: 0.5,
  howMany: 0.5,
  howOld: 0.5,
  when: 0.4,
  who: 0.2,
  where: 0.2,
  why: 0.15,
  how: 0.1,
  what: 0,
  other: 0,
};

export interface RankedSentence {
  paragraph: CandidateParagraph;
  sentence: CandidateSentence;
  score: number;
  /** Share (0–1) of the question's weight the sentence matches, given its paragraph. */
  coverage: number;
  /** Share (0–1) of the question's weight its article matches anywhere. */
  articleCoverage: number;
  /** Whether its article names everything the question names (its capitalised words). */
  namesMet: boolean;
  /** Whether the sentence holds what the question asks about, not only whom (nlp/question/askedRelation.ts). */
  relationMet: boolean;
  answerType: number;
}

const NONE: ReadonlySet<string> = new Set();

/** Share of the question's weight a document meets: each question word by itself, or by a related word. */
function coverage(holds: (stem: string) => boolean, terms: readonly QueryTerm[], weights: readonly number[], named: ReadonlySet<string> = NONE): number {
  let met = 0;
  let total = 0;
  terms.forEach((term, i) => {
    if (term.related) return;
    const weight = weights[i] ?? 0;
    total += weight;
    if (named.has(term.stem) || holds(term.stem)) met += weight;
    else if (terms.some((t) => t.related && !t.neighbour && t.group === term.group && holds(t.stem))) met += RELATED_CREDIT * weight;
    else if (terms.some((t) => t.neighbour && t.group === term.group && holds(t.stem))) met += NEIGHBOUR_CREDIT * weight;
  });
  return total > 0 ? met / total : 0;
}

/** 1 when the matched terms (token index and stem, in order) sit together, falling towards 0 as they spread out. */
function proximity(positions: readonly { i: number; stem: string }[]): number {
  const distinct = new Set(positions.map((p) => p.stem)).size;
  if (distinct < 2) return 0;
  let best = Infinity;
  const window = new Map<string, number>();
  let left = 0;
  for (const r of positions) {
    window.set(r.stem, (window.get(r.stem) ?? 0) + 1);
    while (window.size === distinct) {
      const l = positions[left];
      if (!l) break;
      best = Math.min(best, r.i - l.i + 1);
      const count = (window.get(l.stem) ?? 1) - 1;
      if (count === 0) window.delete(l.stem);
      else window.set(l.stem, count);
      left++;
    }
  }
  return distinct / best;
}

interface Scored {
  paragraph: CandidateParagraph;
  sentence: CandidateSentence;
  bag: TermBag;
  paragraphBag: TermBag;
  base: number;
}

/** Every candidate sentence holding a question stem, with its BM25 base score; the best SHORTLIST of them. */
function shortlist(candidates: readonly CandidateParagraph[], terms: readonly QueryTerm[], sentenceTerms: WeightedTerm[], paragraphTerms: WeightedTerm[], levels: { sentence: LevelStats; paragraph: LevelStats }): Scored[] {
  const sentenceScale = bm25Scale(sentenceTerms, levels.sentence);
  const paragraphScale = bm25Scale(paragraphTerms, levels.paragraph);
  const stems = new Set(terms.map((t) => t.stem));
  const scored: Scored[] = [];
  for (const paragraph of candidates) {
    const paragraphBag = termBag(paragraph.sentences.map((s) => s.stems), stems);
    const paragraphScore = Math.min(1, bm25(paragraphTerms, paragraphBag, levels.paragraph) / paragraphScale);
    for (const sentence of paragraph.sentences) {
      if (!sentence.stems.some((s) => stems.has(s))) continue;
      const bag = termBag([sentence.stems], stems);
      const base = Math.min(1, bm25(sentenceTerms, bag, levels.sentence) / sentenceScale) + PARAGRAPH_WEIGHT * paragraphScore;
      scored.push({ paragraph, sentence, bag, paragraphBag, base });
    }
  }
  return scored.sort((a, b) => b.base - a.base || a.paragraph.id - b.paragraph.id || a.sentence.ordinal - b.sentence.ordinal).slice(0, SHORTLIST);
}

/** The stems the candidate search looks for: the stored ones, rarest first, while their postings fit CANDIDATE_POSTINGS. */
export function retrievalStems(terms: readonly QueryTerm[], counts: ReadonlyMap<string, TermCount>): string[] {
  const stored = [...new Set(terms.map((t) => t.stem))]
    .flatMap((stem) => {
      const count = counts.get(stem);
      return count ? [{ stem, paragraphs: count.paragraphs }] : [];
    })
    .sort((a, b) => a.paragraphs - b.paragraphs);
  let postings = 0;
  return stored
    .filter((s, i) => {
      postings += s.paragraphs;
      return i === 0 || postings <= CANDIDATE_POSTINGS;
    })
    .map((s) => s.stem);
}

export async function rankSentences(store: CoverageStore, question: UnderstoodQuestion): Promise<RankedSentence[]> {
  const terms = question.terms;
  /** The terms without the word-vector neighbours: these neither find candidates nor stand for what is asked. */
  const asked = terms.filter((t) => !t.neighbour);
  const [counts, totals] = await Promise.all([store.termCounts(terms.map((t) => t.stem)), store.passageTotals()]);
  const levels = {
    sentence: { documents: totals.sentences, averageLength: totals.sentences > 0 ? totals.sentenceLength / totals.sentences : 0 },
    paragraph: { documents: totals.paragraphs, averageLength: totals.paragraphs > 0 ? totals.paragraphLength / totals.paragraphs : 0 },
  };
  const sentenceTerms = terms.map((t) => ({ ...t, df: counts.get(t.stem)?.sentences ?? 0 }));
  const paragraphTerms = terms.map((t) => ({ ...t, df: counts.get(t.stem)?.paragraphs ?? 0 }));
  if (bm25Scale(sentenceTerms, levels.sentence) === 0 || bm25Scale(paragraphTerms, levels.paragraph) === 0) return [];
  const candidates = await store.candidateParagraphs(retrievalStems(asked, counts), CANDIDATE_PARAGRAPHS);
  const best = shortlist(candidates, terms, sentenceTerms, paragraphTerms, levels);
  if (best.length === 0) return [];
  const [articleStems, mentions] = await Promise.all([
    store.articleStems([...new Set(best.map((s) => s.paragraph.article.seq))]),
    question.entities.size > 0 ? store.mentionsIn([...new Set(best.map((s) => s.paragraph.id))]) : Promise.resolve([] as ParagraphMention[]),
  ]);
  const stems = new Set(terms.map((t) => t.stem));
  const weights = sentenceTerms.map((t) => t.weight * idf(levels.sentence, t.df));
  const typed = KIND_WEIGHT[question.kind];
  const speech = asksForSpeech(terms.filter((t) => t.framing).map((t) => t.word));
  return best
    .map(({ paragraph, sentence, bag, paragraphBag, base }): RankedSentence => {
      const text = paragraph.text.slice(sentence.start, sentence.end);
      const mentioned = new Set(
        mentions.filter((m) => m.paragraph === paragraph.id && m.start >= sentence.start && m.end <= sentence.end).map((m) => m.entity),
      );
      const named = new Set(
        [...mentioned].flatMap((id) => {
          const entity = question.entities.get(id);
          return entity ? [...nameStems(entity)] : [];
        }),
      );
      const inArticle = (s: string) => articleStems.get(paragraph.article.seq)?.has(s) ?? false;
      const ownCoverage =
        0.7 * coverage((s) => bag.counts.has(s), terms, weights, named) + 0.3 * coverage((s) => paragraphBag.counts.has(s), terms, weights, named);
      const articleCoverage = coverage(inArticle, terms, weights);
      const namesMet = terms.every((t) => !t.name || inArticle(t.stem));
      const matched = tokenize(text).flatMap((t, i) => (stems.has(t.stem) ? [{ i, stem: t.stem, start: t.start }] : []));
      const answerType = answerTypeScore(question.kind, text, matched.map((m) => m.start));
      const relationMet =
        holdsAskedRelation(asked, (stem) => bag.counts.has(stem), named, typed > 0 && answerType > 0) &&
        (!speech || holdsSpeech(text)) &&
        (!question.future || speaksOfFuture(text)) &&
        (!question.wantsName || holdsNewName(text, stems));
      const features = base + ARTICLE_WEIGHT * articleCoverage + PROXIMITY_WEIGHT * proximity(matched) + ENTITY_WEIGHT * (named.size > 0 ? 1 : 0);
      return { paragraph, sentence, score: features * (1 - typed + typed * answerType), coverage: ownCoverage, articleCoverage, namesMet, relationMet, answerType };
    })
    .sort((a, b) => b.score - a.score);
}
