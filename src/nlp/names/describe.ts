// The description an article gives a name: a role written before it ("Kremlin spokesman",
// "U.S. special envoy"), an appositive after it ("a Moscow-based political analyst…") or before it
// ("A spokeswoman for the hospital, Karen Liu, said"), or an affiliation ("of the Carnegie Endowment").
import { COLLECTIVE_ROLE_NOUNS, ROLE_NOUNS } from "./nameLexicon.ts";
import type { NameSpan } from "./names.ts";

const STOP_BEFORE = new Set([
  "the", "a", "an", "and", "or", "by", "with", "to", "that", "said", "says", "told", "of", "in", "on", "at", "for", "from",
  "as", "is", "was", "were", "are", "be", "but", "while", "when", "after", "before", "like", "than", "his", "her", "their",
  "which", "who", "whose", "whom",
]);
const APPOSITIVE_OPENERS = new Set([
  "a", "an", "the", "who", "whose", "one", "former", "senior", "executive", "local", "chief", "deputy", "longtime", "then", "now",
]);
const MAX_PREMODIFIER_WORDS = 5;
/** A name after a preposition ("for Putin, the conversation…") takes no appositive. */
const PREPOSITION_BEFORE = /\b(?:for|to|with|about|from|by|on|at|in|against|toward|towards|of|than|like)\s+$/iu;
const MAX_DESCRIPTION = 140;
/** Descriptions sit right around the name: only this much text either side is read. */
const LOOK_BACK = 80;
const LOOK_AHEAD = MAX_DESCRIPTION + 40;

/** Courtesy titles say nothing about who someone is: "Mr. Bashir" has no description. */
const COURTESY = /^(?:mr|mrs|ms|miss)\.?$/iu;
/** "Last week", "On Tuesday" open a sentence, not a role: the role starts after them. */
const TIME_WORDS = new Set([
  "week", "month", "year", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
/** A role reaching a place through a preposition: "special envoy to" Ukraine Kurt Volker. */
const ROLE_PREPOSITION = /\s(to|for|at)\s+$/u;

/** Up to MAX_PREMODIFIER_WORDS words right before `end` in `text`, stopping at a function word. */
function wordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  const re = /([\p{L}\p{N}.'’-]+)\s+$/u;
  let rest = text.slice(Math.max(0, end - LOOK_BACK), end);
  while (words.length < MAX_PREMODIFIER_WORDS) {
    const match = re.exec(rest);
    if (!match?.[1] || STOP_BEFORE.has(match[1].toLowerCase())) break;
    words.unshift(match[1]);
    rest = rest.slice(0, match.index);
  }
  const time = words.findLastIndex((w) => TIME_WORDS.has(w.toLowerCase()));
  return words.slice(time + 1);
}

/** Role words right before the titles: "U.S. special envoy" Steve Witkoff, "the BBC's North America editor" Jon Sopel. */
function premodifier(text: string, name: NameSpan): string | undefined {
  // A bare "board" before a person's name is someone else's ("on whose board Hunter Biden sat"); "whale rescue group" is a description.
  const isRole = (w: string, at: number) => ROLE_NOUNS.has(w) && (name.kind !== "person" || at > 0 || !COLLECTIVE_ROLE_NOUNS.has(w));
  const role = (words: readonly string[]) => {
    const roleAt = words.findLastIndex((w, at) => isRole(w.toLowerCase(), at) && /^\p{Ll}/u.test(w));
    return roleAt >= 0 && roleAt === words.length - 1 ? words.join(" ") : undefined;
  };
  const titles = name.titles.filter((t) => !COURTESY.test(t)).join(" ");
  const through = titles ? ROLE_PREPOSITION.exec(text.slice(Math.max(0, name.titleStart - LOOK_BACK), name.titleStart)) : null;
  if (through?.[1]) {
    const reaching = role(wordsBefore(text, name.titleStart - through[0].length + 1));
    if (reaching) return `${reaching} ${through[1]} ${titles}`;
  }
  const own = role(wordsBefore(text, name.titleStart));
  return own ? [own, titles].filter(Boolean).join(" ") : titles || undefined;
}

/** A full stop after a lone capital is an initial ("Dana F. Besecker", "D.A. Davidson"), not the end of a sentence. */
const INITIAL_STOP = String.raw`(?<=(?:^|[\s.(])\p{Lu})\.`;
const SENTENCE_STOP = String.raw`(?<!(?:^|[\s.(])\p{Lu})\.`;
const APPOSITIVE = new RegExp(
  String.raw`^,\s+((?:[^,;:“”"(.]|${INITIAL_STOP}|${SENTENCE_STOP}(?!\s+\p{Lu}|\s*$))+?)(?=,|;|${SENTENCE_STOP}\s+\p{Lu}|\.?\s*$|\.["”]|\s+[“"])`,
  "u",
);

/** ", a senior fellow at …," after the name, up to the next comma, semicolon or full stop. */
function appositive(text: string, name: NameSpan): string | undefined {
  const after = text.slice(name.end, name.end + LOOK_AHEAD);
  const match = APPOSITIVE.exec(after);
  const phrase = match?.[1]?.trim();
  if (!phrase || phrase.length > MAX_DESCRIPTION) return undefined;
  const words = phrase.split(/\s+/u).map((w) => w.toLowerCase());
  const first = words[0] ?? "";
  const relative = first === "who" || first === "whose";
  const role = words.some((w) => ROLE_NOUNS.has(w.replace(/[^\p{L}]/gu, "")));
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, name.titleStart - LOOK_BACK), name.titleStart))) return undefined;
  return relative || ((APPOSITIVE_OPENERS.has(first) || ROLE_NOUNS.has(first)) && role) ? phrase.replace(/\.$/u, "") : undefined;
}

/** "A spokeswoman for the hospital, Karen Liu, said": a role set off by commas before the name, opening its sentence or clause. */
const LEADING_APPOSITIVE = /(?:^|[.!?]["”’]?\s+|,\s+|["“])((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}.-]*['’]s)\s(?:[^,;:"“”()!?.]|\.(?!\s)){1,100}),\s+$/u;

function leadingAppositive(text: string, name: NameSpan): string | undefined {
  if (name.titleStart !== name.start || text[name.end] !== ",") return undefined;
  const phrase = LEADING_APPOSITIVE.exec(text.slice(Math.max(0, name.titleStart - LOOK_BACK - 40), name.titleStart))?.[1];
  if (!phrase || !phrase.split(/\s+/u).some((w) => ROLE_NOUNS.has(w) && !COLLECTIVE_ROLE_NOUNS.has(w))) return undefined;
  return /^(?:A|An|The|His|Her|Their|Its)\s/u.test(phrase) ? phrase.charAt(0).toLowerCase() + phrase.slice(1) : phrase;
}

/** "of the Carnegie Endowment", "with the New York Police Department". */
function affiliation(text: string, name: NameSpan): string | undefined {
  const match = /^\s+((?:of|with|from) the (?:\p{Lu}[\p{L}.'’-]*\s?(?:of |for |on |and )?)+)/u.exec(text.slice(name.end, name.end + LOOK_AHEAD));
  return match?.[1]?.trim();
}

/** The description written around this occurrence of a name, if any. */
export function describe(text: string, name: NameSpan): string | undefined {
  const before = premodifier(text, name);
  const link = affiliation(text, name);
  const apposition = appositive(text, name);
  const role = before && link ? `${before} ${link}` : before;
  const hasRoleNoun = role !== undefined && /\s\p{Ll}|^\p{Ll}/u.test(role);
  if (hasRoleNoun) return role;
  return apposition ?? leadingAppositive(text, name) ?? link ?? role;
}
