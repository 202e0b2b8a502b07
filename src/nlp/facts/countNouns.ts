// What a count counts, made comparable across wordings: the nouns for people ("people", "victims",
// "persons") are one unit, and a count of people may say what happened to them (killed, injured,
// arrested, missing), in the noun ("deaths", "injuries"), the word after ("50 people were killed",
// "53 wounded") or the verb before ("killing three people"). Two counts with different outcomes are
// never the same fact: a death toll is not an injured count.
import { tokenize } from "../tokens.ts";

export type Outcome = "killed" | "injured" | "arrested" | "missing";

export const PERSON_UNIT = "person";

/** Nouns that count people without saying more. */
const PEOPLE = new Set(["people", "person", "persons", "victims", "victim", "individuals", "individual", "others"]);

/** Words that say what happened to the people counted. */
const OUTCOMES: Readonly<Record<string, Outcome>> = {
  killed: "killed", killing: "killed", dead: "killed", died: "killed", deaths: "killed", death: "killed", fatalities: "killed", slain: "killed", murdered: "killed",
  wounded: "injured", wounding: "injured", injured: "injured", injuring: "injured", injuries: "injured", hurt: "injured", hospitalized: "injured",
  arrested: "arrested", arrests: "arrested", detained: "arrested",
  missing: "missing",
};

/** Words between a count and its outcome that say nothing themselves ("50 people were reported killed"). */
const LINKING = new Set(["were", "was", "have", "has", "had", "been", "are", "is", "be", "reported", "confirmed", "believed", "left", "now"]);

const WORD = /[\p{L}’']+/gu;

/** What `word` says happened to people, if anything. */
export const outcomeOf = (word: string): Outcome | undefined => OUTCOMES[word.toLowerCase()];

/**
 * The unit a count of `noun` is compared in (people's nouns as one, an outcome's noun as people too,
 * anything else by its stem), and the outcome the noun itself states.
 */
export function countUnit(noun: string): { unit: string; outcome?: Outcome } {
  const word = noun.toLowerCase();
  const outcome = outcomeOf(word);
  if (outcome) return { unit: PERSON_UNIT, outcome };
  return { unit: PEOPLE.has(word) ? PERSON_UNIT : (tokenize(word)[0]?.stem ?? word) };
}

/** The outcome stated right after a count of people (`after`: the text following it), past linking words: "were killed", "dead". */
export function outcomeAfter(after: string): Outcome | undefined {
  for (const [word] of after.slice(0, 40).matchAll(WORD)) {
    if (LINKING.has(word.toLowerCase())) continue;
    return outcomeOf(word);
  }
  return undefined;
}

/** The outcome stated by the verb just before a count (`before`: the text preceding it, qualifier left out): "killing", "injured". */
export function outcomeBefore(before: string): Outcome | undefined {
  const last = [...before.slice(-30).matchAll(WORD)].at(-1)?.[0];
  return last ? outcomeOf(last) : undefined;
}
