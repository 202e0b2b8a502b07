// The place gazetteer: every country, its other English names and its capital (countries-list), with
// the states, regions and cities news names alone (nameLexicon's PLACES). A name phrase that is one
// of them ("Costa Rica", "Abu Dhabi", "Kursk") is a place, never a person.
import { countries } from "countries-list";
import { PLACES } from "../names/nameLexicon.ts";

/** "Washington D.C." and "The Valley" are written "Washington" and "Valley" in running text: dots and a leading article go. */
const written = (name: string): string => name.replace(/\s+D\.C\.$/u, "").replace(/^The\s+/u, "");

const NAMES: ReadonlySet<string> = new Set([
  ...PLACES,
  ...Object.values(countries).flatMap((c) => [c.name, c.capital, ...(c.alias ?? [])].filter((n) => n.length > 2 && !/^\p{Lu}+$/u.test(n)).map(written)),
]);

/** Whether the words, as one phrase, name a place. */
export function isPlace(tokens: readonly string[]): boolean {
  return tokens.length > 0 && NAMES.has(tokens.join(" "));
}
