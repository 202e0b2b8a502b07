// Given names and the sex they are mostly given to, from gender-detection-from-name's lists (about
// 87,000 names in six languages), except names given to both sexes, which tell no gender.
import { getGender } from "gender-detection-from-name";

export type Gender = "male" | "female";

/** Names the lists give one sex although they are often given to the other too: they tell no gender ("Lindsey Graham"). */
const GIVEN_TO_BOTH = new Set(
  `alex ali andrea ariel ashley aubrey avery billie blair blake bobbie cameron carey casey charlie chris dakota dale dana
  devon drew eden elliott emerson emery finley frankie harley hayden jackie jaime jamie jean jesse jessie jody jordan
  jules kai kelly kendall kerry kim kris lee leslie lindsey logan loren lynn marion marley morgan noel parker pat peyton
  quinn reagan reese rene riley robin rory rowan sage sam sasha satya shannon shay shelby skyler stacy stevie sydney tatum
  taylor terry tracy val`.split(/\s+/u),
);

export function isGivenName(word: string): boolean {
  return getGender(word) !== "unknown";
}

export function genderOfGivenName(word: string): Gender | undefined {
  if (GIVEN_TO_BOTH.has(word.toLowerCase())) return undefined;
  const gender = getGender(word);
  return gender === "unknown" ? undefined : gender;
}
