// Ranks the sentences of the store for an understood question: BM25 over sentences and over their
// paragraphs (through the index's postings, never a scan), then how much of the question the sentence,
// its paragraph and its article cover (a person asked about counts as met where the store says they are
// mentioned, even as "she"), proximity, entity and answer-kind features.
import { answerTypeScore, type QuestionKind } from "../nlp/questionKind.ts";
import { tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import type { DocumentSet, PassageIndex } from "../store/passageIndex.ts";
import { entitiesMentioned } from "./entityMatch.ts";
import type { QueryTerm, UnderstoodQuestion } from "./understandQuestion.ts";

const K1 = 1.2;
const B = 0.75;
/** How many sentences, best by BM25, get the finer features. */
const SHORTLIST = 50;
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
  answerType: number;
}

function idf(set: DocumentSet, stem: string): number {
  const n = set.lengths.length;
  const df = set.postings.get(stem)?.ids.length ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Per-document accumulators, reused across questions so a question allocates nothing per document. */
interface Scratch {
  scores: Float64Array;
  best: Float64Array;
  touched: Int32Array;
  count: number;
}

const scratches = new WeakMap<DocumentSet, Scratch>();

function scratchFor(set: DocumentSet): Scratch {
  let scratch = scratches.get(set);
  if (!scratch) {
    const n = set.lengths.length;
    scratch = { scores: new Float64Array(n), best: new Float64Array(n), touched: new Int32Array(n), count: 0 };
    scratches.set(set, scratch);
  }
  return scratch;
}

/**
 * BM25 of every document holding a query term, left in the set's scratch (`scores`, with the
 * `touched` documents listed). A question word and the related words added for it form one group,
 * which counts once: by its best-scoring member in each document. Call `release` when done.
 */
function bm25(set: DocumentSet, terms: readonly QueryTerm[]): Scratch {
  const scratch = scratchFor(set);
  const { scores, best, touched } = scratch;
  const groups = new Map<number, QueryTerm[]>();
  for (const term of terms) groups.set(term.group, [...(groups.get(term.group) ?? []), term]);
  const average = set.averageLength || 1;
  for (const members of groups.values()) {
    const groupDocs: number[] = [];
    for (const term of members) {
      const posting = set.postings.get(term.stem);
      if (!posting) continue;
      const weight = term.weight * idf(set, term.stem);
      const { ids, tfs } = posting;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] ?? 0;
        const tf = tfs[k] ?? 0;
        const score = (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * (set.lengths[id] ?? 0)) / average));
        const had = best[id] ?? 0;
        if (had === 0) groupDocs.push(id);
        if (score > had) best[id] = score;
      }
    }
    for (const id of groupDocs) {
      if (scores[id] === 0) touched[scratch.count++] = id;
      scores[id] = (scores[id] ?? 0) + (best[id] ?? 0);
      best[id] = 0;
    }
  }
  return scratch;
}

function release(scratch: Scratch): void {
  for (let k = 0; k < scratch.count; k++) scratch.scores[scratch.touched[k] ?? 0] = 0;
  scratch.count = 0;
}

/** The `size` best items by `value`, best first, without sorting them all. */
function topK<T>(items: Iterable<T>, size: number, value: (item: T) => number): T[] {
  const kept: { item: T; v: number }[] = [];
  for (const item of items) {
    const v = value(item);
    if (kept.length === size && v <= (kept[size - 1]?.v ?? -Infinity)) continue;
    let at = kept.length;
    while (at > 0 && (kept[at - 1]?.v ?? 0) < v) at--;
    kept.splice(at, 0, { item, v });
    if (kept.length > size) kept.pop();
  }
  return kept.map((k) => k.item);
}

function* touchedIds(scratch: Scratch): Generator<number> {
  for (let k = 0; k < scratch.count; k++) yield scratch.touched[k] ?? 0;
}

/** The most BM25 a document could get from the question's own words: each once, in a document of average length. */
function bm25Scale(set: DocumentSet, terms: readonly QueryTerm[]): number {
  return terms.filter((t) => !t.related).reduce((sum, t) => sum + t.weight * idf(set, t.stem), 0);
}

function holds(set: DocumentSet, stem: string, doc: number): boolean {
  const ids = set.postings.get(stem)?.ids;
  if (!ids) return false;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = ids[mid] ?? 0;
    if (id === doc) return true;
    if (id < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Share of the question's weight a document meets: each question word by itself, or by a related word.
 * Words weigh by their sentence-level rarity (`weights`), the same at every level.
 */
function coverage(set: DocumentSet, terms: readonly QueryTerm[], weights: ReadonlyMap<string, number>, doc: number, named: ReadonlySet<string> = NONE): number {
  let met = 0;
  let total = 0;
  for (const term of terms) {
    if (term.related) continue;
    const weight = weights.get(term.stem) ?? 0;
    total += weight;
    if (named.has(term.stem) || holds(set, term.stem, doc)) met += weight;
    else if (terms.some((t) => t.related && t.group === term.group && holds(set, t.stem, doc))) met += RELATED_CREDIT * weight;
  }
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
  const { terms } = question;
  const sentenceScale = bm25Scale(index.bySentence, terms);
  const paragraphScale = bm25Scale(index.byParagraph, terms);
  if (sentenceScale === 0 || paragraphScale === 0) return [];
  const paragraphOf = (id: number) => index.sentenceParagraph[id] ?? -1;
  const bySentence = bm25(index.bySentence, terms);
  const byParagraph = bm25(index.byParagraph, terms);
  const baseOf = (id: number) =>
    Math.min(1, (bySentence.scores[id] ?? 0) / sentenceScale) + PARAGRAPH_WEIGHT * Math.min(1, (byParagraph.scores[paragraphOf(id)] ?? 0) / paragraphScale);
  const shortlist = topK(touchedIds(bySentence), SHORTLIST, baseOf).map((id) => ({ id, base: baseOf(id) }));
  release(bySentence);
  release(byParagraph);
  const stems = new Set(terms.map((t) => t.stem));
  const weights = new Map(terms.map((t) => [t.stem, t.weight * idf(index.bySentence, t.stem)]));
  const typed = KIND_WEIGHT[question.kind];
  return shortlist
    .map(({ id, base }): RankedSentence => {
      const unit = index.sentences[id];
      const paragraph = unit ? corpus.articles.get(unit.article)?.paragraphs[unit.paragraph - 1] : undefined;
      if (!unit || !paragraph) return { id, score: 0, coverage: 0, articleCoverage: 0, namesMet: false, answerType: 0 };
      const text = paragraph.text.slice(unit.start, unit.end);
      const paragraphId = paragraphOf(id);
      const mentioned = question.entities.size > 0 ? entitiesMentioned(corpus, unit.article, unit.paragraph, unit.start, unit.end) : NONE;
      const named = new Set([...mentioned].flatMap((e) => [...(question.entities.get(e) ?? [])]));
      const entityHit = named.size > 0 ? 1 : 0;
      const ownCoverage = 0.7 * coverage(index.bySentence, terms, weights, id, named) + 0.3 * coverage(index.byParagraph, terms, weights, paragraphId, named);
      const articleId = index.paragraphArticle[paragraphId] ?? -1;
      const articleCoverage = coverage(index.byArticle, terms, weights, articleId);
      const namesMet = terms.every((t) => !t.name || holds(index.byArticle, t.stem, articleId));
      const matched = tokenize(text).flatMap((t, i) => (stems.has(t.stem) ? [{ i, stem: t.stem, start: t.start }] : []));
      const answerType = answerTypeScore(question.kind, text, matched.map((m) => m.start));
      const features = base + ARTICLE_WEIGHT * articleCoverage + PROXIMITY_WEIGHT * proximity(matched) + ENTITY_WEIGHT * entityHit;
      return { id, score: features * (1 - typed + typed * answerType), coverage: ownCoverage, articleCoverage, namesMet, answerType };
    })
    .sort((a, b) => b.score - a.score);
}
