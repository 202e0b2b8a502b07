// Words of a question that frame it rather than say what it asks ("what did she say", "how old is
// he", "how long did it last", "when did someone call"), and adverbs and particles ("where exactly", "who else", "now"), which
// wink-lexicon's part-of-speech lexicon tags first as such: kept as search terms but light, and never
// the relation asked about.
import lexicon from "wink-lexicon/src/lexicon.js";
import type { QuestionKind } from "./questionKind.ts";

/** Words that frame any question, with the unnamed people ("someone", "the guy") a text names or calls by what they did. */
const FRAMING = new Set(
  "say says said saying speak spoke tell told happen happened happening mention mentioned according article report reported story news think thought someone somebody anyone anybody guy".split(" "),
);

/** Words that only restate the kind of question ("how long did it last", "how old is she"). */
const KIND_FRAMING: Partial<Record<QuestionKind, ReadonlySet<string>>> = {
  howLong: new Set(["last", "lasted", "take", "took", "long", "time", "spend", "spent"]),
  howMany: new Set(["number", "total", "much", "many", "money"]),
  howOld: new Set(["old", "age", "aged", "years"]),
  when: new Set(["date", "time", "day", "year"]),
  where: new Set(["place", "located", "location", "going", "go", "headed", "heading", "bound"]),
};

/** Tags of words that qualify a question rather than say what it asks: adverbs, prepositions, particles. */
const ADVERBIAL = new Set(["RB", "RBR", "RBS", "IN", "RP", "EX", "UH"]);

/** Whether the word is first of all an adverb or particle ("exactly", "else", "along", "now"). */
const isAdverbial = (word: string): boolean => ADVERBIAL.has(lexicon[word]?.[0] ?? "");

export function isFramingWord(word: string, kind: QuestionKind): boolean {
  return FRAMING.has(word) || (KIND_FRAMING[kind]?.has(word) ?? false) || isAdverbial(word);
}
