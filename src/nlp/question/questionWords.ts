// Words of a question that frame it rather than say what it asks ("what did she say", "how old is
// he", "how long did it last"): kept as search terms but light, and never the relation asked about.
import type { QuestionKind } from "./questionKind.ts";

/** Words that frame any question. */
const FRAMING = new Set(
  "say says said saying speak spoke tell told happen happened happening mention mentioned according article report reported story news think thought".split(" "),
);

/** Words that only restate the kind of question ("how long did it last", "how old is she"). */
const KIND_FRAMING: Partial<Record<QuestionKind, ReadonlySet<string>>> = {
  howLong: new Set(["last", "lasted", "take", "took", "long", "time", "spend", "spent"]),
  howMany: new Set(["number", "total", "much", "many"]),
  howOld: new Set(["old", "age", "aged", "years"]),
  when: new Set(["date", "time", "day", "year"]),
  where: new Set(["place", "located", "location", "going", "go", "headed", "heading", "bound"]),
};

export function isFramingWord(word: string, kind: QuestionKind): boolean {
  return FRAMING.has(word) || (KIND_FRAMING[kind]?.has(word) ?? false);
}
