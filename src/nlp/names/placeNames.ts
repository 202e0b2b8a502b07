// Names that a place noun follows: "Royal Shrewsbury hospital", "the Joe Farrington Road area",
// "Miller Drive and Southwest 117th Avenue". Whatever the name's shape, the phrase names a place.
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
