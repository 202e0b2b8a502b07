// What the words around one mention say about the name: that it is a firm, team or other body
// ("shares of Wells Fargo", "Meta Platforms' revenue", "an economist at Morgan Stanley", "the CEO of
// Determined AI", "Goldman Sachs, the investment bank,", "Wells Fargo reported quarterly earnings",
// "the Boston Celtics"), whatever its shape.
import { COLLECTIVE_ROLE_NOUNS, ROLE_NOUNS } from "./nameLexicon.ts";

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/u).filter(Boolean));

/** Nouns for a body that an appositive can be headed by: "Goldman Sachs, the investment bank,". */
const BODY_NOUNS = new Set([
  ...COLLECTIVE_ROLE_NOUNS,
  ...set(`
    bank lender insurer company corporation conglomerate automaker carmaker maker manufacturer giant startup business
    enterprise developer operator provider supplier utility airline carrier publisher studio team club franchise
    university college school hospital nonprofit charity institute foundation fund partnership association
  `),
]);

/** What a firm has and a person seldom does: "Wells Fargo's shares", "Meta Platforms' chief executive". */
const HOLDINGS = String.raw`(?:shares|stock|shareholders|stockholders|headquarters|subsidiary|subsidiaries|revenues?|earnings|profits?|CEO|chief executive|executives|employees|workforce|roster|franchise|quarterly|fiscal)\b`;
const POSSESSED = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?${HOLDINGS}`, "u");

/** "Wells Fargo shares fell", "Wells Fargo reported higher quarterly earnings". */
const TRADED = /^\s+(?:shares|stock)\s+(?:\p{Ll}+ly\s+)?(?:rose|fell|jumped|dropped|climbed|slid|gained|lost|sank|surged|tumbled|closed|ended|traded|were|are|have|had)\b/u;
const REPORTED_RESULTS = /^\s+(?:reported|posted|announced|reports|posts|announces)\s+(?:[\p{L}-]+\s+){0,3}?(?:earnings|profits?|revenues?|sales|loss|losses|net income|results)\b/u;

/** ", the investment bank," : an appositive whose head (its last word) is a body's noun. */
const APPOSITIVE_HEAD = /^,\s+(?:the|a|an)\s+(?:[\p{L}.&'’-]+\s+){0,4}?(\p{Ll}+)\s*[,.;]/u;

/** "the Boston Celtics", "the Jonas Brothers": "the" before a name ending in a plural is a team or a group; no one's name takes "the". */
const THE_BEFORE = /\b[Tt]he\s+$/u;
const PLURAL_NAME = /^\p{Lu}\S*\s.*\p{Ll}[^s\s']s$/u;

/** People at a body, or part of it, before it: "shares of", "an economist at", "employees of". */
const PART_OF = set("shares stock unit subsidiary division parent owner owners shareholders investors customers clients");
const PEOPLE_AT = new Set([...ROLE_NOUNS].filter((w) => !COLLECTIVE_ROLE_NOUNS.has(w)).flatMap((w) => [w, `${w}s`]));
const WORKS = set("works worked working employees employee workers staff executives officials");
/** Posts only a body has: "the CEO of Determined AI", "founder of", "a spokeswoman of" (a friend or a son "of" someone is no cue). */
const HEADS_OF = set("ceo cfo coo chairman chairwoman chairperson founder co-founder cofounder spokesman spokeswoman spokesperson");
const BEFORE = /\b(\p{L}+)\s+(of|at|in)\s+(?:the\s+)?$/u;

function cueBefore(text: string, start: number): boolean {
  const match = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!match) return false;
  const word = match[1]?.toLowerCase() ?? "";
  const preposition = match[2];
  if (preposition === "at") return PEOPLE_AT.has(word) || WORKS.has(word);
  if (preposition === "of") return PART_OF.has(word) || WORKS.has(word) || HEADS_OF.has(word);
  return word === "investors" || word === "stake";
}

/** Whether the text around the name at [start, end) says it is an organisation. */
export function organisationCue(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 120);
  if (POSSESSED.test(after) || TRADED.test(after) || REPORTED_RESULTS.test(after)) return true;
  const head = APPOSITIVE_HEAD.exec(after)?.[1];
  if (head !== undefined && BODY_NOUNS.has(head)) return true;
  if (THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && PLURAL_NAME.test(text.slice(start, end))) return true;
  return !/^['’]/u.test(after) && cueBefore(text, start);
}
