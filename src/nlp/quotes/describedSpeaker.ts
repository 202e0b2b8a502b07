// A definite description as speaker ("the president said", "Iraq's ambassador … warned") linked to
// the article's entity that holds that role, never to one whose description merely holds the word.
import type { LocalEntity } from "../names/entities.ts";
import { ROLE_NOUNS, TITLE_ROLES } from "../names/nameLexicon.ts";
import { demonymForms } from "../question/relatedWords.ts";
import { STOPWORDS } from "../tokens.ts";

/** "the company", "the firm": the article's main organisation, not one whose name happens to hold the word. */
const GENERIC_ORG_ROLES = new Set(["company", "firm", "chain", "retailer", "group", "agency", "network"]);
const DEFINITE = /^(?:the|The|[\p{L}.]+['’]s)\s/u;
/** Words that say when or how someone held a role, not which role it is. */
const NOT_QUALIFIERS = new Set(["former", "then", "now", "new", "also", "still", "longtime", "current", "acting", "outgoing"]);

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
/** The role words of a title or description, abbreviations written out ("Gov." → governor). */
const roleWordsOf = (text: string): string[] => wordsOf(text).map((w) => TITLE_ROLES.get(w) ?? w);

/** The words that make a role someone's in particular: "Iraq's" and "United States" in "Iraq's ambassador to the United States". */
function qualifiersOf(text: string, role: string): string[] {
  return wordsOf(text.replace(/['’]s\b/gu, "")).filter((w) => w !== role && !STOPWORDS.has(w) && !NOT_QUALIFIERS.has(w) && !/ly$/u.test(w));
}

/** "US" stands for words whose initials it spells ("United States"). */
function initialsOf(text: string): Set<string> {
  const capitals = text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  const found = new Set<string>();
  for (let i = 0; i < capitals.length; i += 1) {
    let initials = "";
    for (let j = i; j < Math.min(capitals.length, i + 4); j += 1) {
      initials += capitals[j]?.charAt(0).toLowerCase() ?? "";
      found.add(initials);
    }
  }
  return found;
}

/** Whether every qualifier of the phrase is in what the article writes about the entity (a place's adjective and initials count). */
function qualifiersMatch(qualifiers: readonly string[], written: string): boolean {
  const words = new Set(wordsOf(written));
  const initials = initialsOf(written);
  return qualifiers.every((q) => words.has(q) || demonymForms(q).some((f) => words.has(f)) || (q.length <= 3 && initials.has(q)));
}

/** The ways an entity holds `role`: as a title before its name ("President Obama"), or as the head of its description. */
function holding(entity: LocalEntity, role: string): { titled: boolean; description?: string } | undefined {
  const nameWords = new Set(wordsOf(entity.name));
  const titled = [...entity.aliases].some((alias) => roleWordsOf(alias).some((w) => w === role && !nameWords.has(w)));
  const described = entity.description && roleWordsOf(entity.description).includes(role) ? entity.description : undefined;
  if (!titled && !described) return undefined;
  return { titled, ...(described ? { description: described } : {}) };
}

/**
 * "the company": the last speaker if an organisation, else the article's most mentioned one. Qualified ("the Russian
 * space agency") it is the one organisation written with those words, or unknown: never the main one by default.
 */
function mainOrganisation(entities: readonly LocalEntity[], last: LocalEntity | undefined, qualifiers: readonly string[]): LocalEntity | undefined {
  const organisations = entities.filter((e) => !e.weak && e.kind === "organisation");
  if (qualifiers.length > 0) {
    const matching = organisations.filter((e) => qualifiersMatch(qualifiers, [e.name, e.description ?? "", ...e.aliases].join(" ")));
    return last && matching.includes(last) ? last : matching.length === 1 ? matching[0] : undefined;
  }
  if (last && organisations.includes(last)) return last;
  return organisations.sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/**
 * The entity a description such as "the president" stands for. With qualifiers ("Iraq's ambassador")
 * it is the one whose role is written with them; bare, it is the one titled with the role, else the one
 * whose description is that bare role, else the last speaker if the role is theirs. Two candidates
 * and no last speaker among them is unknown: a role is never guessed.
 */
export function describedSpeaker(phrase: string, entities: readonly LocalEntity[], last: LocalEntity | undefined): LocalEntity | undefined {
  if (!DEFINITE.test(phrase)) return undefined;
  const words = phrase.split(/\s+/u);
  const role = words
    .slice(1)
    .map((w) => w.toLowerCase())
    .find((w) => ROLE_NOUNS.has(w));
  if (!role) return undefined;
  const qualifiers = qualifiersOf(phrase, role);
  if (GENERIC_ORG_ROLES.has(role)) return mainOrganisation(entities, last, qualifiers);
  const holders = entities.flatMap((entity) => {
    const held = entity.weak ? undefined : holding(entity, role);
    return held ? [{ entity, ...held }] : [];
  });
  const written = (h: (typeof holders)[number]) => [h.description ?? "", ...h.entity.aliases].join(" ");
  const bare = (h: (typeof holders)[number]) => h.description !== undefined && qualifiersOf(h.description, role).length === 0;
  const candidates =
    qualifiers.length > 0
      ? holders.filter((h) => qualifiersMatch(qualifiers, written(h)))
      : [holders.filter((h) => h.titled), holders.filter(bare), holders.filter((h) => h.entity === last)].find((list) => list.length > 0) ?? [];
  const people = candidates.map((c) => c.entity);
  if (last && people.includes(last)) return last;
  return people.length === 1 ? people[0] : undefined;
}

/** Nouns for a body that a definite description can be headed by: "the startup", "the grocery giant", "the agency". */
const BODY_HEADS = new Set([
  ...GENERIC_ORG_ROLES,
  ...["startup", "giant", "lender", "bank", "insurer", "automaker", "carmaker", "airline", "carrier", "utility", "operator", "maker"],
  ...["manufacturer", "conglomerate", "organisation", "organization", "association", "union", "charity", "nonprofit", "department", "ministry"],
]);
/** "the grocery giant", "this week the startup": the description ends the subject phrase. */
const BODY_DESCRIPTION = /(?:^|\s)(?:the|The)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;

/**
 * "Zhang cofounded Editas Medicine, and this week the startup announced …": a description headed by a body's noun
 * stands for the one organisation named just before it (`nearby`: groups nearest first, this sentence then the one
 * before); two there, or none, leave it to the other rules.
 */
export function nearbyBody(phrase: string, nearby: readonly (readonly LocalEntity[])[]): LocalEntity | undefined {
  const head = BODY_DESCRIPTION.exec(phrase.trim())?.[1];
  if (!head || !BODY_HEADS.has(head)) return undefined;
  for (const group of nearby) {
    const bodies = [...new Set(group.filter((e) => e.kind === "organisation" && !e.weak))];
    if (bodies.length > 0) return bodies.length === 1 ? bodies[0] : undefined;
  }
  return undefined;
}
