// Ranks the sentences of the store for an understood question: BM25 over sentences and over their
// paragraphs (through the index's postings, never a scan), then proximity, entity and answer-kind features.
import { answerTypeScore } from "../nlp/questionKind.ts";
import { tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import type { DocumentSet, PassageIndex } from "../store/passageIndex.ts";
import { entitiesMentioned } from "./entityMatch.ts";
import type { QueryTerm, UnderstoodQuestion } from "./understandQuestion.ts";

const K1 = 1.2;
const B = 0.75;
/** How many sentences, best by BM25, get the finer features. */
const SHORTLIST = 40;

export interface RankedSentence {
  /** Index into the passage index's sentences. */
  id: number;
  score: number;
  /** Share (0–1) of the question's term weight the sentence matches, given its paragraph. */
  coverage: number;
  answerType: number;
}

function idf(set: DocumentSet, df: number): number {
  const n = set.lengths.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25 of every document holding a query term, normalised by the question's total term weight. */
function bm25(set: DocumentSet, terms: readonly QueryTerm[]): { scores: Map<number, number>; total: number } {
  const scores = new Map<number, number>();
  let total = 0;
  for (const term of terms) {
    const posting = set.postings.get(term.stem);
    const weight = term.weight * idf(set, posting?.ids.length ?? 0);
    total += weight;
    if (!posting) continue;
    for (let k = 0; k < posting.ids.length; k++) {
      const id = posting.ids[k] ?? 0;
      const tf = posting.tfs[k] ?? 0;
      const norm = 1 - B + (B * (set.lengths[id] ?? 0)) / (set.averageLength || 1);
      scores.set(id, (scores.get(id) ?? 0) + (weight * tf * (K1 + 1)) / (tf + K1 * norm));
    }
  }
  return { scores, total };
}

/** 1 when the matched terms sit together, falling towards 0 as they spread out. */
function proximity(text: string, stems: ReadonlySet<string>): number {
  const positions = tokenize(text).flatMap((t, i) => (stems.has(t.stem) ? [{ i, stem: t.stem }] : []));
  const distinct = new Set(positions.map((p) => p.stem)).size;
  if (distinct < 2) return 0;
  let best = Infinity;
  const window = new Map<string, number>();
  let left = 0;
  for (let right = 0; right < positions.length; right++) {
    const r = positions[right];
    if (!r) continue;
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
  if (terms.length === 0) return [];
  const bySentence = bm25(index.bySentence, terms);
  const byParagraph = bm25(index.byParagraph, terms);
  if (bySentence.total === 0) return [];
  const first = [...bySentence.scores]
    .map(([id, s]) => ({ id, base: s / bySentence.total + (0.5 * (byParagraph.scores.get(index.sentenceParagraph[id] ?? -1) ?? 0)) / byParagraph.total }))
    .sort((a, b) => b.base - a.base)
    .slice(0, SHORTLIST);
  const stems = new Set(terms.map((t) => t.stem));
  return first
    .map(({ id, base }) => {
      const unit = index.sentences[id];
      const paragraph = unit ? corpus.articles.get(unit.article)?.paragraphs[unit.paragraph - 1] : undefined;
      if (!unit || !paragraph) return { id, score: 0, coverage: 0, answerType: 0 };
      const text = paragraph.text.slice(unit.start, unit.end);
      const sentenceShare = Math.min(1, (bySentence.scores.get(id) ?? 0) / bySentence.total);
      const paragraphShare = Math.min(1, (byParagraph.scores.get(index.sentenceParagraph[id] ?? -1) ?? 0) / byParagraph.total);
      const coverage = 0.7 * sentenceShare + 0.3 * paragraphShare;
      const answerType = answerTypeScore(question.kind, text);
      const mentioned = question.entities.size > 0 ? entitiesMentioned(corpus, unit.article, unit.paragraph, unit.start, unit.end) : new Set<string>();
      const entityHit = [...question.entities].some((e) => mentioned.has(e)) ? 1 : 0;
      const score = base + 0.15 * proximity(text, stems) + 0.2 * answerType * coverage + 0.1 * entityHit;
      return { id, score, coverage, answerType };
    })
    .sort((a, b) => b.score - a.score);
}
