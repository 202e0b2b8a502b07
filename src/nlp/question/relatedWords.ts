// Everyday near-synonyms of news questions ("lawyer" for "represents", "truce" for "ceasefire"), so
// a paraphrased question still meets the article's words. Small and general, not tuned to any article.
import { stem } from "../tokens.ts";

const GROUPS: readonly string[][] = [
  ["ceasefire", "truce", "armistice"],
  ["call", "conversation", "chat", "talk", "phone"],
  ["discuss", "discussion", "talk"],
  ["lawyer", "attorney", "counsel", "represent", "represents"],
  ["kill", "killed", "die", "died", "dead", "death", "deaths", "slain", "fatal", "lethal"],
  ["murder", "murders", "homicide", "homicides", "killing", "killings", "slaying"],
  ["wound", "wounded", "injure", "injured", "hurt"],
  ["bail", "bond"],
  ["wear", "wearing", "clad", "dressed"],
  ["population", "inhabitants", "people", "residents"],
  ["ban", "banned", "prohibit", "prohibited", "forbid", "forbidden", "bar"],
  ["lead", "leads", "leader", "head", "chief", "run", "runs", "executive", "ceo", "boss", "chairman", "commissioner", "director"],
  ["run", "runs", "president"],
  ["send", "sent", "dispatch", "deploy"],
  ["react", "reaction", "respond", "responded", "response", "reply"],
  ["age", "old", "aged"],
  ["office", "power", "presidency", "term"],
  ["sleep", "asleep", "slept", "nap"],
  ["biggest", "greatest", "largest", "main"],
  ["cost", "price", "paid", "pay", "spend"],
  ["wreckage", "debris"],
  ["bomb", "bombing", "bombed", "blew", "explosion", "blast"],
  ["specifics", "details", "terms"],
  ["destination", "bound", "heading"],
  ["warship", "destroyer", "frigate", "ship", "vessel"],
  ["gunmen", "attackers", "assailants", "shooter", "gunman"],
  ["storm", "stormed", "raid", "raided", "attack", "attacked", "assault"],
  ["economy", "economic", "gdp", "domestic"],
  ["share", "percent", "percentage", "proportion"],
  ["give", "withdraw", "renounce", "surrender", "abandon", "cede"],
  ["reject", "rejection", "refuse", "decline", "turn"],
  ["agree", "accept", "accepted", "agreed"],
  ["stop", "halt", "end", "cease", "suspend"],
  ["plane", "jet", "aircraft", "airliner", "flight"],
  ["country", "nation", "state"],
  ["president", "leader"],
  ["sport", "hockey", "football", "soccer", "game", "match"],
  ["nationality", "citizen", "national"],
  ["guard", "guards", "officer", "officers", "staffer"],
  ["prison", "jail", "detention"],
  ["charge", "charged", "accused", "indicted"],
  ["deep", "depth", "shallow"],
  ["investigate", "investigation", "investigating", "probe", "inquiry", "examine", "review"],
  ["learn", "learned", "hear", "heard", "discover", "discovered"],
  ["propose", "proposal", "introduce", "introduced", "bring", "brought", "sponsor"],
  ["support", "supporting", "back", "backing", "endorse", "endorsed", "endorsement"],
  ["start", "started", "begin", "began", "launch", "launched", "establish", "established"],
  ["resign", "resigned", "resignation", "quit", "retire", "retirement"],
  ["picture", "photo", "photograph", "image", "snapshot"],
  ["pill", "pills", "tablet", "tablets", "capsule"],
  ["weapon", "gun", "firearm", "pistol", "rifle", "knife"],
  ["suspend", "suspended", "suspension"],
  ["arrest", "arrested", "detain", "detained", "custody"],
  ["crash", "collision", "accident", "wreck"],
  ["car", "vehicle", "truck", "suv"],
  ["money", "cash", "funds", "funding"],
  ["participate", "participated", "part"],
  ["far", "distance", "km", "miles"],
];

const related = new Map<string, Set<string>>();
for (const group of GROUPS) {
  const stems = group.map(stem);
  for (const s of stems) {
    const set = related.get(s) ?? new Set<string>();
    for (const other of stems) if (other !== s) set.add(other);
    related.set(s, set);
  }
}

/** The stems of words that often stand in for the word with this stem. */
export function relatedStems(wordStem: string): ReadonlySet<string> {
  return related.get(wordStem) ?? new Set();
}

/** A place's name and its people's adjective ("Tunisia" / "Tunisian", "Ukraine" / "Ukrainian", "Sudan" / "Sudanese"). */
export function demonymForms(word: string): string[] {
  const base = word.replace(/(?:ian|an|ese|i|n)$/u, "");
  const stems = [word, base, base.replace(/i$/u, "")];
  const forms = stems.flatMap((b) => [b, `${b}n`, `${b}an`, `${b}ian`, `${b}ese`, `${b}i`, `${b}e`, `${b}a`, `${b}ia`]);
  return [...new Set(forms)].filter((f) => f !== word && f.length > 3);
}
