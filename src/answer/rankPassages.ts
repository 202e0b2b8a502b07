// Ranks the sentences of the store for an understood question: BM25 over sentences and over their
// paragraphs (through the index's postings, never a scan), then how much of the question the sentence,
// its paragraph and its article cover (a person asked about counts as met where the store says they are
// mentioned, even as "she"), proximity, entity and answer-kind features.
import { holdsAskedRelation } from "../nlp/askedRelation.ts";
import { answerTypeScore, type QuestionKind } from "../nlp/questionKind.ts";
import { tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import { indexedSentence, type PassageIndex } from "../store/passageIndex.ts";
import { bm25, bm25Scale, holds, holdsAny, idf, release, topDocuments, type IndexedTerm } from "./bm25.ts";
import { entitiesMentioned, nameStems } from "./entityMatch.ts";
import type { QueryTerm, UnderstoodQuestion } from "./understandQuestion.ts";

/** How many sentences, best by BM25, get the finer features. */
const SHORTLIST = 30;
const PARAGRAPH_WEIGHT = 0.5;
const ARTICLE_WEIGHT = 0.3;
const PROXIMITY_WEIGHT = 0.15;
const ENTITY_WEIGHT = 0.1;
/** A question word met only by a related word counts for this share. */
const RELATED_CREDIT = 0.8;
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
  /** Index into the passage index's sentences. */
  id: number;
  score: number;
  /** Share (0–1) of the question's weight the sentence matches, given its paragraph. */
  coverage: number;
  /** Share (0–1) of the question's weight its article matches anywhere. */
  articleCoverage: number;
  /** Whether its article names everything the question names (its capitalised words). */
  namesMet: boolean;
  /** Whether the sentence holds what the question asks about, not only whom (nlp/askedRelation.ts). */
  relationMet: boolean;
  answerType: number;
}

type Term = QueryTerm & IndexedTerm;

/**
 * Share of the question's weight a document meets: each question word by itself, or by a related word.
 * Words weigh by their sentence-level rarity (`weights`, by term), the same at every level.
 */
function coverage(holdsStem: (id: number) => boolean, terms: readonly Term[], weights: readonly number[], named: ReadonlySet<string> = NONE): number {
  let met = 0;
  let total = 0;
  terms.forEach((term, i) => {
    if (term.related) return;
    const weight = weights[i] ?? 0;
    total += weight;
    if (named.has(term.stem) || holdsStem(term.id)) met += weight;
    else if (terms.some((t) => t.related && t.group === term.group && holdsStem(t.id))) met += RELATED_CREDIT * weight;
  });
  return total > 0 ? met / total : 0;
}

const NONE: ReadonlySet<string> = new Set();

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

export function rankSentences(corpus: Corpus, index: PassageIndex, question: UnderstoodQuestion): RankedSentence[] {
  const terms: Term[] = question.terms.map((t) => ({ ...t, id: index.stems.get(t.stem) ?? -1 }));
  const sentenceScale = bm25Scale(index.bySentence, terms);
  const paragraphScale = bm25Scale(index.byParagraph, terms);
  if (sentenceScale === 0 || paragraphScale === 0) return [];
  const paragraphOf = (id: number) => index.sentenceParagraph[id] ?? -1;
  const bySentence = bm25(index.bySentence, terms);
  const byParagraph = bm25(index.byParagraph, terms);
  const baseOf = (id: number) =>
    Math.min(1, (bySentence.scores[id] ?? 0) / sentenceScale) + PARAGRAPH_WEIGHT * Math.min(1, (byParagraph.scores[paragraphOf(id)] ?? 0) / paragraphScale);
  const shortlist = topDocuments(bySentence, SHORTLIST, baseOf).map((id) => ({ id, base: baseOf(id) }));
  release(bySentence);
  release(byParagraph);
  const stems = new Set(terms.map((t) => t.stem));
  const weights = terms.map((t) => t.weight * idf(index.bySentence, t.id));
  const typed = KIND_WEIGHT[question.kind];
  return shortlist
    .map(({ id, base }): RankedSentence => {
      const unit = indexedSentence(corpus, index, id);
      if (!unit) return { id, score: 0, coverage: 0, articleCoverage: 0, namesMet: false, relationMet: false, answerType: 0 };
      const text = unit.paragraph.text.slice(unit.start, unit.end);
      const paragraphId = paragraphOf(id);
      const mentioned = question.entities.size > 0 ? entitiesMentioned(corpus, paragraphId, unit.start, unit.end) : NONE;
      const named = new Set([...mentioned].flatMap((e) => {
        const entity = question.entities.get(e);
        return entity ? [...nameStems(entity)] : [];
      }));
      const entityHit = named.size > 0 ? 1 : 0;
      const inSentence = (s: number) => holds(index.bySentence, s, id);
      const inParagraph = (s: number) => holds(index.byParagraph, s, paragraphId);
      const articleId = index.paragraphArticle[paragraphId] ?? -1;
      const inArticle = (s: number) => holdsAny(index.byParagraph, s, index.articleParagraphs[articleId] ?? 0, index.articleParagraphs[articleId + 1] ?? 0);
      const ownCoverage = 0.7 * coverage(inSentence, terms, weights, named) + 0.3 * coverage(inParagraph, terms, weights, named);
      const articleCoverage = coverage(inArticle, terms, weights);
      const namesMet = terms.every((t) => !t.name || inArticle(t.id));

      const matched = tokenize(text).flatMap((t, i) => (stems.has(t.stem) ? [{ i, stem: t.stem, start: t.start }] : []));
      const answerType = answerTypeScore(question.kind, text, matched.map((m) => m.start));
      const relationMet = holdsAskedRelation(terms, (stem) => terms.some((t) => t.stem === stem && inSentence(t.id)), named, typed > 0 && answerType > 0);
      const features = base + ARTICLE_WEIGHT * articleCoverage + PROXIMITY_WEIGHT * proximity(matched) + ENTITY_WEIGHT * entityHit;
      return { id, score: features * (1 - typed + typed * answerType), coverage: ownCoverage, articleCoverage, namesMet, relationMet, answerType };
    })
    .sort((a, b) => b.score - a.score);
}
