// A question as retrieval uses it: its kind, its key terms (stemmed, typos corrected against the
// store's vocabulary, never an ordinary English word typed on purpose, weighted) and the entities it names.
import { questionShape, type QuestionKind } from "../nlp/question/questionKind.ts";
import { isFramingWord } from "../nlp/question/questionWords.ts";
import { demonymForms, relatedStems } from "../nlp/question/relatedWords.ts";
import { familyStems } from "../nlp/question/wordFamily.ts";
import { wordNeighbours } from "../nlp/question/wordNeighbours.ts";
import { idiomAt } from "../nlp/question/idioms.ts";
import { asksAboutFuture, asksForName } from "../nlp/question/askedRelation.ts";
import { irregularBase, verbFormStems } from "../nlp/question/verbForms.ts";
import { STOPWORDS, stem, tokenize } from "../nlp/tokens.ts";
import type { CoverageStore, StoredEntity } from "../store/coverageStore.ts";
import { questionEntities } from "./questionEntities.ts";
import { correctWord } from "./typoCorrection.ts";
import { isEnglishWord } from "../nlp/englishWords.ts";

export interface QueryTerm {
  stem: string;
  /** The word as the question (after correction) has it. */
  word: string;
  weight: number;
  /** The question word this term stands for: its own index, shared by the related words added for it. */
  group: number;
  /** A related word added to meet paraphrases: it can match, but the question is not about it. */
  related?: boolean;
  /** A related word that only shares contexts with the question word (nlp/question/wordNeighbours.ts), not a synonym or form of it. */
  neighbour?: boolean;
  /** Capitalised in the question (not as its first word): a name an answering article must contain. */
  name?: boolean;
  /** A word that frames the question ("say", "how long … last"), not what it asks. */
  framing?: boolean;
  /** A first name before a surname. */
  givenName?: boolean;
}

export interface UnderstoodQuestion {
  kind: QuestionKind;
  terms: QueryTerm[];
  /** The question with its typos corrected, when any were. */
  corrected?: string;
  /** The entities the question names, by id. */
  entities: Map<string, StoredEntity>;
  /** A when-question about what is still to come ("When will …?"). */
  future?: boolean;
  /** A what-question asking for a name ("What is the firm called?"). */
  wantsName?: boolean;
}

/** Common words too general to tell passages apart, though not stopwords: they weigh half. */
const LIGHT = new Set(
  "set near make made take took give gave put get come came keep let seem show use used want need try way thing things big small good bad new old many much first next part lot kind sort like well even still back able".split(" "),
);
const LIGHT_WEIGHT = 0.5;
const FRAMING_WEIGHT = 0.3;
const RELATED_WEIGHT = 0.6;
const CORRECTED_WEIGHT = 0.9;
const UNKNOWN_WEIGHT = 1;
const DESCRIBED_ENTITY_WEIGHT = 0.8;
/** A word-vector neighbour weighs this share of its question word, times their similarity. */
const NEIGHBOUR_WEIGHT = 0.5;

function addTerm(terms: Map<string, QueryTerm>, term: Omit<QueryTerm, "group">): void {
  const had = terms.get(term.stem);
  if (!had) terms.set(term.stem, { ...term, group: terms.size });
  else if (had.weight < term.weight) terms.set(term.stem, { ...term, group: had.group });
}

/** What the store knows of the question's words: their uses, and which of their (and related words') stems the bodies hold. */
async function vocabularyOf(store: CoverageStore, words: readonly string[]) {
  const stems = words.flatMap((w) => [stem(w), ...relatedStems(stem(w))]);
  const [uses, counts] = await Promise.all([store.wordUses([...new Set(words)]), store.termCounts([...new Set(stems)])]);
  return { uses, knownStems: new Set(counts.keys()) };
}

/**
 * The word-vector neighbours of the question's own words (not names or framing), each as a related term of its
 * word's group; a neighbour two question words share ("cabinet" of "prime" and "minister") is of their topic,
 * not a rewording of either, and is left out.
 */
function neighbourTerms(terms: readonly QueryTerm[]): Map<string, QueryTerm> {
  const own = terms.filter((t) => !t.related && !t.name && !t.framing);
  const sharedBy = new Map<string, number>();
  for (const term of own) for (const n of wordNeighbours(term.word)) sharedBy.set(n.stem, (sharedBy.get(n.stem) ?? 0) + 1);
  const added = new Map<string, QueryTerm>();
  for (const term of own) {
    for (const n of wordNeighbours(term.word)) {
      if (sharedBy.get(n.stem) === 1 && !added.has(n.stem)) {
        added.set(n.stem, { stem: n.stem, word: n.stem, weight: NEIGHBOUR_WEIGHT * n.similarity * term.weight, group: term.group, related: true, neighbour: true });
      }
    }
  }
  return added;
}

export async function understandQuestion(store: CoverageStore, question: string): Promise<UnderstoodQuestion> {
  const { kind, rest, questionWordFix } = questionShape(question);
  const offset = question.trimEnd().length - rest.length;
  const terms = new Map<string, QueryTerm>();
  const fixes: { start: number; end: number; word: string }[] = [];
  const shouted = (question.match(/\p{Lu}/gu)?.length ?? 0) > (question.match(/\p{Ll}/gu)?.length ?? 0);
  const tokens = tokenize(rest);
  const vocabulary = await vocabularyOf(store, tokens.map((t) => t.word));
  const capitalised = (i: number) => /^\p{Lu}/u.test(rest.slice(tokens[i]?.start ?? 0));
  const words = tokens.map((t) => t.word);
  let phraseEnd = 0;
  for (const [i, token] of tokens.entries()) {
    if (i < phraseEnd) continue;
    const idiom = idiomAt(words, i);
    if (idiom) {
      phraseEnd = i + idiom.length;
      if (idiom.meaning) addTerm(terms, { stem: stem(idiom.meaning), word: idiom.meaning, weight: 1 });
      continue;
    }
    if (token.word.length < 2 || STOPWORDS.has(token.word)) continue;
    const known =
      vocabulary.uses.has(token.word) || vocabulary.knownStems.has(token.stem) || [...relatedStems(token.stem)].some((s) => vocabulary.knownStems.has(s));
    const correction = known || isEnglishWord(token.word) ? null : await correctWord(store, token.word);
    const name = !shouted && capitalised(i) && offset + token.start > question.search(/\S/u);
    /** A first name before a surname: news text names people by surname after the first mention. */
    const givenName = name && capitalised(i + 1) && /^\s+$/u.test(rest.slice(token.end, tokens[i + 1]?.start));
    if (correction) {
      const shown = name ? correction[0]?.toUpperCase() + correction.slice(1) : correction;
      fixes.push({ start: offset + token.start, end: offset + token.end, word: shown });
      addTerm(terms, { stem: stem(correction), word: correction, weight: CORRECTED_WEIGHT, name });
    } else {
      const framing = isFramingWord(token.word, kind);
      const weight = framing ? FRAMING_WEIGHT : LIGHT.has(token.word) || givenName ? LIGHT_WEIGHT : known ? 1 : UNKNOWN_WEIGHT;
      addTerm(terms, { stem: token.stem, word: token.word, weight, name: name && !framing, ...(framing ? { framing } : {}), ...(givenName ? { givenName } : {}) });
    }
  }
  if (questionWordFix) {
    const start = question.indexOf(questionWordFix.from);
    fixes.unshift({ start, end: start + questionWordFix.from.length, word: questionWordFix.to });
  }
  const corrected =
    fixes.length > 0 && offset >= 0 ? fixes.reduceRight((text, f) => text.slice(0, f.start) + f.word + text.slice(f.end), question) : undefined;
  const named = await questionEntities(store, corrected ?? question);
  // A person asked about by what they are ("the Kremlin spokesman"): their name may match too, though the
  // question does not require it; a description several entities share ("Prime Minister") names no one.
  const described = named.filter((n) => n.byDescription);
  if (described.length === 1) {
    for (const t of tokenize(described[0]?.entity.name ?? "")) {
      if (!STOPWORDS.has(t.word) && !terms.has(t.stem)) {
        terms.set(t.stem, { stem: t.stem, word: t.word, weight: DESCRIBED_ENTITY_WEIGHT, group: terms.size, related: true });
      }
    }
  }
  const asked = named.filter((n) => !n.byDescription || described.length === 1);
  const asNames = [...terms.values()].filter((t) => t.name && !t.related).flatMap((t) => demonymForms(t.word));
  const families = [...terms.values()].filter((t) => !t.name && !t.related).flatMap((t) => familyStems(t.stem));
  const [usedDemonyms, familyCounts] = await Promise.all([store.wordUses(asNames), store.termCounts([...new Set(families)])]);
  for (const term of [...terms.values()]) {
    if (term.related) continue;
    const demonyms = term.name ? demonymForms(term.word).filter((w) => usedDemonyms.has(w)).map(stem) : [];
    // A past form ("found" of "find") is no member of the family its spelling suggests ("founder").
    const pastForm = (irregularBase(term.word) ?? term.word) !== term.word;
    const family = term.name || pastForm ? [] : familyStems(term.stem).filter((s) => familyCounts.has(s));
    const forms = term.name ? [] : verbFormStems(term.word);
    for (const s of [...relatedStems(term.stem), ...demonyms, ...family, ...forms]) {
      if (!terms.has(s)) terms.set(s, { stem: s, word: s, weight: RELATED_WEIGHT * term.weight, group: term.group, related: true });
    }
  }
  for (const [s, term] of neighbourTerms([...terms.values()])) {
    if (!terms.has(s)) terms.set(s, term);
  }
  return {
    kind,
    terms: [...terms.values()],
    ...(asksAboutFuture(kind, rest) ? { future: true } : {}),
    ...(asksForName(kind, rest) ? { wantsName: true } : {}),
    ...(corrected ? { corrected } : {}),
    entities: new Map(asked.map(({ entity }) => [entity.id, entity])),
  };
}
