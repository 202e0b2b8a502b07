// Held-out person precision: of the names typed "person", how many are people the gold names. A name is
// a gold person when, titles and honorifics dropped, its words are that person's name or a run of it.

/** Honorifics and ranks written before a name ("Mr Mugabe", "Supt Peters"), dropped before matching. */
const TITLES = new Set(
  [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "father", "bishop", "lt", "sgt", "supt", "superintendent", "det", "detective",
    "investigator", "officer", "inspector", "chief", "capt", "captain", "gen", "general", "col",
    "president", "sen", "senator", "rep", "gov", "governor", "congressman", "congresswoman", "mayor",
    "judge", "justice", "coach",
  ],
);

/** Lower-cased words of a name, a possessive "'s" and middle initials dropped ("Donald J. Trump" is "Donald Trump"). */
function words(name: string): string[] {
  const all = name.toLowerCase().replace(/[’']s\b/gu, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  return all.filter((word, i) => word.length > 1 || i === 0 || i === all.length - 1);
}

function withoutTitles(name: string): string[] {
  const list = words(name);
  let first = 0;
  while (first < list.length - 1 && TITLES.has(list[first] as string)) first += 1;
  return list.slice(first);
}

const isRunOf = (part: readonly string[], whole: readonly string[]): boolean =>
  whole.some((_, start) => part.every((word, i) => whole[start + i] === word));

/** Whether `name` names one of `people` (a fuller name, a surname, a given name; never a lone initial). */
export function namesGoldPerson(name: string, people: readonly string[]): boolean {
  const part = withoutTitles(name);
  if (!part.some((word) => word.length > 1)) return false;
  return people.some((person) => isRunOf(part, words(person)));
}

export interface PersonPrecision {
  /** Names typed "person". */
  typed: number;
  /** … that name a gold person. */
  right: number;
  /** The names typed "person" that are not people of the article. */
  wrong: string[];
}

export function personPrecision(typedPeople: readonly string[], people: readonly string[]): PersonPrecision {
  const wrong = typedPeople.filter((name) => !namesGoldPerson(name, people));
  return { typed: typedPeople.length, right: typedPeople.length - wrong.length, wrong };
}
