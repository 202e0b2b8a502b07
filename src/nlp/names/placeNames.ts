// Names that a place noun follows: "Royal Shrewsbury hospital", "the Joe Farrington Road area",
// "Miller Drive and Southwest 117th Avenue"; or written as an address: "at Maria Lodge, Essequibo
// Coast". Whatever the name's shape, the phrase names a place.
import { PLACE_WORDS } from "./nameLexicon.ts";

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean));

/** Lower-case nouns for a place or a site that a place's name comes before ("Royal Shrewsbury hospital"). */
const PLACE_NOUNS = set(`
  hospital area road street avenue district county region village neighbourhood neighborhood estate station airport campus
  compound resort hotel mall plaza subdivision township highway
`);

/** The word right after a name: lower-case ("hospital") or capitalised ("Road"). */
const NEXT_WORD = /^\s+(\p{L}+)/u;

/** Whether the word after the name ending at `end` of `text` makes it a place's name. */
export function placeNounAfter(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && (PLACE_NOUNS.has(next) || PLACE_WORDS.has(next));
}

/** "at", "in" or "near" right before a name: where something is. */
const LOCATIVE_BEFORE = /\b(?:at|in|near)\s+$/u;
/** ", Essequibo Coast", ", Orange County": after the name, a comma and a larger place's name ending in a place word. */
const LARGER_PLACE_AFTER = /^,\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Lu}\p{L}+)\b/u;

/** "his home at Maria Lodge, Essequibo Coast": a name after "at", "in" or "near" and before a comma and a larger place is a place. */
export function placeInAddress(text: string, start: number, end: number): boolean {
  const larger = LARGER_PLACE_AFTER.exec(text.slice(end, end + 60))?.[1];
  return larger !== undefined && PLACE_WORDS.has(larger) && LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}
