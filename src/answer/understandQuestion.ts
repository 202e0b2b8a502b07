// A question as retrieval uses it: its kind, its key terms (stemmed, typos corrected against the
// store's vocabulary, weighted) and the entities it names.
import { questionShape, type QuestionKind } from "../nlp/questionKind.ts";
import { STOPWORDS, stem, tokenize } from "../nlp/tokens.ts";
import type { Corpus } from "../store/corpus.ts";
import type { PassageIndex } from "../store/passageIndex.ts";
import { questionEntities } from "./entityMatch.ts";
import { correctWord, corrector } from "./typoCorrection.ts";

export interface QueryTerm {
  stem: string;
  /** The word as the question (after correction) has it. */
  word: string;
  weight: number;
}

export interface UnderstoodQuestion {
  kind: QuestionKind;
  terms: QueryTerm[];
  /** The question with its typos corrected, when any were. */
  corrected?: string;
  /** Ids of the entities the question names. */
  entities: Set<string>;
}

/** Words that frame a question rather than say what it is about: kept, but weigh little. */
const FRAMING = new Set(
  "say says said saying happen happened happening mention mentioned according article report reported story news think thought".split(" "),
);
const FRAMING_WEIGHT = 0.3;
const CORRECTED_WEIGHT = 0.9;
const UNKNOWN_WEIGHT = 0.6;
const DESCRIBED_ENTITY_WEIGHT = 0.8;

function addTerm(terms: Map<string, QueryTerm>, term: QueryTerm): void {
  const had = terms.get(term.stem);
  if (!had || had.weight < term.weight) terms.set(term.stem, term);
}

export function understandQuestion(corpus: Corpus, index: PassageIndex, question: string): UnderstoodQuestion {
  const { kind, rest } = questionShape(question);
  const offset = question.lastIndexOf(rest);
  const fix = corrector(index);
  const terms = new Map<string, QueryTerm>();
  const fixes: { start: number; end: number; word: string }[] = [];
  for (const token of tokenize(rest)) {
    if (token.word.length < 2 || STOPWORDS.has(token.word)) continue;
    const known = fix.vocabulary.has(token.word) || fix.knownStems.has(token.stem);
    const correction = known ? null : correctWord(fix, token.word);
    if (correction) {
      fixes.push({ start: offset + token.start, end: offset + token.end, word: correction });
      addTerm(terms, { stem: stem(correction), word: correction, weight: CORRECTED_WEIGHT });
    } else {
      const weight = FRAMING.has(token.word) ? FRAMING_WEIGHT : known ? 1 : UNKNOWN_WEIGHT;
      addTerm(terms, { stem: token.stem, word: token.word, weight });
    }
  }
  const corrected =
    fixes.length > 0 && offset >= 0
      ? fixes.reduceRight((text, f) => text.slice(0, f.start) + f.word + text.slice(f.end), question)
      : undefined;
  const named = questionEntities(corpus, corrected ?? question);
  for (const { entity, byDescription } of named) {
    if (!byDescription) continue;
    for (const t of tokenize(entity.name)) {
      if (!STOPWORDS.has(t.word)) addTerm(terms, { stem: t.stem, word: t.word, weight: DESCRIBED_ENTITY_WEIGHT });
    }
  }
  return {
    kind,
    terms: [...terms.values()],
    ...(corrected ? { corrected } : {}),
    entities: new Set(named.map((n) => n.entity.id)),
  };
}
