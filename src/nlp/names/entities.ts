// The people and organisations of one article: name phrases clustered into entities (full
// name, surname, titled forms), each with its description (never taken from inside a quote),
// gender and every mention.
import type { Article } from "../../model/article.ts";
import type { EntityKind, Mention } from "../../model/entity.ts";
import { describe } from "./describe.ts";
import { COLLECTIVE_ROLE_NOUNS, FEMALE_NOUNS, FEMALE_TITLES, MALE_NOUNS, MALE_TITLES, NAME_PARTICLES, ORG_WORDS, PROPER_ORGS, ROLE_NOUNS, TITLES } from "./nameLexicon.ts";
import { isCommonWord } from "../people/commonWords.ts";
import { genderOfGivenName, isGivenName } from "../people/givenNames.ts";
import { findNames, personalName, type NameSpan } from "./names.ts";
import { organisationCue } from "./organisationCues.ts";
import { creditSpans, inCredit } from "./credits.ts";
import { placeInAddress, placeNounAfter } from "./placeNames.ts";
import { productNounAfter } from "./productNames.ts";
import { otherNamesOfThings } from "./akaNames.ts";
import { isPlace } from "../people/places.ts";
import { quoteSpans, type QuoteSpan } from "../quotes/quoteSpans.ts";

export interface LocalEntity {
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  description?: string;
  gender?: "male" | "female";
  mentions: Mention[];
  /** A lone capitalised word with no person evidence: kept only if it speaks. */
  weak: boolean;
}

export interface LocalMention {
  entity: LocalEntity;
  paragraph: number;
  start: number;
  end: number;
  /** Where the titles and role words before the name begin. */
  titleStart: number;
}

export interface ArticleEntities {
  entities: LocalEntity[];
  /** Mentions of each paragraph (by `n`), in text order. */
  byParagraph: Map<number, LocalMention[]>;
}

interface Found {
  paragraph: number;
  span: NameSpan;
  description?: string;
  /** The lower-case word right after the name ("the D.A. Davidson brokerage"). */
  nounAfter?: string;
  /** First word of its sentence, where any word is capitalised ("Analysts said …"). */
  opensSentence: boolean;
  /** The gender a noun right beside the name tells: "his brother Sam Baker", "Jo Lee, her daughter". */
  genderWord?: "male" | "female";
  /** The possessive that refers back to the name a word or two on: "Morgan Stanley said its profits", "Ana Ruiz and her lawyer". */
  possessiveAfter?: "its" | "personal";
  /** The words around this mention say it is a body: "shares of Wells Fargo", "Goldman Sachs, the bank,". */
  organisationCue: boolean;
  /**
   * The words around say it is a place or a thing: a place noun follows ("Royal Shrewsbury hospital", "Joe Farrington Road"), a larger
   * place ("at Maria Lodge, Essequibo Coast") or a product's noun ("a Nissan Latio motor car"), or it is another name of a place or a
   * body ("AT&T Stadium, aka Jerry World").
   */
  placeOrThingCue: boolean;
  /** A verb only a person does follows: "Schiff asked", "Lutz laughed". */
  personalAct: boolean;
  /** An age is written with it: "52-year-old Grace", "Ann Lee, 45,". */
  aged: boolean;
}

/** "52-year-old Grace", "Ann Lee, 45, of Ohio": only people are given an age beside their name. */
const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/u;
const AGE_AFTER = /^,\s+\d{1,3},/u;
const agedAt = (text: string, span: NameSpan): boolean => AGE_BEFORE.test(text.slice(Math.max(0, span.titleStart - 16), span.titleStart)) || AGE_AFTER.test(text.slice(span.end, span.end + 8));

/** Verbs of live speech and of the body that a person does and a body never does ("…?” Schiff asked"). */
const PERSONAL_ACT = /^\s+(?:asked|asks|shouted|yelled|laughed|laughs|smiled|joked|jokes|whispered|testified|recalled|recalls|replied|shrugged|sighed)\b/u;

/** Names written somewhere in the article as a place's or a thing's, with no person's title anywhere: places and things, not people. */
function withoutPlacesAndThings(found: readonly Found[]): Found[] {
  const places = new Set(found.filter((f) => f.span.kind === "person" && f.placeOrThingCue).map((f) => keyOf(f.span.tokens)));
  for (const f of found) if (hasPersonTitle(f.span)) places.delete(keyOf(f.span.tokens));
  return found.filter((f) => !places.has(keyOf(f.span.tokens)));
}

/** A quotation of capitalised words only (small words of a title allowed): a work's title, a headline, a nickname or a slogan. */
const TITLE_CASE_QUOTE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|the|and|or|a|an|in|on|at|by|for|to|with|from|as)){0,15}[.,!?]?\s*$/u;

/** “The Marvelous Mrs Maisel”, “Gucci Grace”: a name inside a quoted title, headline or nickname is no mention of a person. */
function inQuotedTitle(text: string, quoted: readonly QuoteSpan[], span: NameSpan): boolean {
  const quote = quoted.find((q) => span.titleStart > q.open && span.end <= q.close);
  return quote !== undefined && quote.closed && TITLE_CASE_QUOTE.test(text.slice(quote.open + 1, quote.close));
}

/** A possessive after the name and its verb, or "and": "… said its", "… raised its", "… and her" (not "hired Peter Quill as its economist"). */
const POSSESSIVE_AFTER = /^\s+(?:and|(?!(?:as|for|to|of|in|on|at|by|with|from|into|about|after|before|over|under|than|like)\s)\p{Ll}+(?:\s+\p{Ll}+ly)?)\s+(its|his|her)\b/u;

/** Before a sentence's first word: the paragraph's start or a stop (not a closing quote: "…?” Schiff asked" is one sentence). */
const SENTENCE_START = /(?:^|[.!?:)]\s+|^["“‘'])\s*$/u;

/** Name tokens compared loosely: case, dots, soft hyphens and an "al-" prefix ignored. */
export const normalToken = (t: string): string =>
  t.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f\u00AD.]/gu, "").replace(/^(?:al|el)-/u, "");
const keyOf = (tokens: readonly string[]): string => tokens.map(normalToken).join(" ");
/** A name's tokens after the places it opens with: "Department of Aviation" of "Chicago Department of Aviation". */
const withoutLeadingPlaces = (tokens: readonly string[]): readonly string[] => tokens.slice(Math.max(0, tokens.findIndex((t) => !isPlace([t]))));
/** A name's tokens without its particles ("Otto von Bismarck" → Otto Bismarck); a last word is a surname even when it can be a particle ("Tahir Della"). */
const nameTokens = (tokens: readonly string[]): string[] => tokens.filter((t, i) => i === tokens.length - 1 || !NAME_PARTICLES.has(t.toLowerCase()));

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  return short.every((t, i) => normalToken(t) === normalToken(long[long.length - short.length + i] ?? ""));
}

/** The gender an honorific or gendered title says ("Mr.", "Ms.", "spokeswoman"): it outweighs the given name. */
function genderByTitle(name: NameSpan): "male" | "female" | undefined {
  if (name.titles.some((t) => MALE_TITLES.has(t))) return "male";
  if (name.titles.some((t) => FEMALE_TITLES.has(t))) return "female";
  return undefined;
}

/** A noun for a man or a woman right before the name or opening its appositive: "his brother Sam Baker", "Jo Lee, her daughter,". */
const NOUN_BEFORE_NAME = /\b(\p{Ll}+)\s*,?\s+$/u;
const NOUN_IN_APPOSITIVE = /^,\s+(?:his|her|their|the|a|an)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\b/u;

function genderBeside(text: string, name: NameSpan): "male" | "female" | undefined {
  const nouns = [NOUN_BEFORE_NAME.exec(text.slice(Math.max(0, name.titleStart - 30), name.titleStart))?.[1], NOUN_IN_APPOSITIVE.exec(text.slice(name.end, name.end + 60))?.[1]];
  if (nouns.some((w) => w !== undefined && MALE_NOUNS.has(w))) return "male";
  if (nouns.some((w) => w !== undefined && FEMALE_NOUNS.has(w))) return "female";
  return undefined;
}

function genderOf(name: NameSpan): "male" | "female" | undefined {
  return genderByTitle(name) ?? (name.tokens.length > 1 ? genderOfGivenName(name.tokens[0] ?? "") : undefined);
}

function newEntity(found: Found, kind: EntityKind, weak: boolean): LocalEntity {
  const gender = kind === "person" ? genderOf(found.span) : undefined;
  return {
    name: found.span.name,
    kind,
    aliases: new Set(),
    ...(found.description ? { description: found.description } : {}),
    ...(gender ? { gender } : {}),
    mentions: [],
    weak,
  };
}

/** A person of the article by full name, with where that name is first written. */
interface Person {
  tokens: string[];
  entity: LocalEntity;
  first: { paragraph: number; start: number };
}

const before = (a: Person["first"], b: Person["first"]): boolean => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);

/**
 * The entity a lone or shorter name refers to: the full name it ends, or whose given name it is. When two people
 * share the surname ("Joe Biden", "Hunter Biden"), the one the article introduced first: news style
 * keeps writing the other one's full name.
 */
function personFor(found: Found, people: readonly Person[]): LocalEntity | undefined {
  const tokens = nameTokens(found.span.tokens);
  const bySurname = people.filter((p) => endsWith(p.tokens, tokens));
  if (bySurname.length > 0) return bySurname.reduce((a, b) => (before(b.first, a.first) ? b : a)).entity;
  // A given name alone is the one person given it, first or middle: "Stephen" is "John Stephen Jones".
  const word = tokens.length === 1 ? normalToken(tokens[0] ?? "") : undefined;
  const given = (t: string, i: number): boolean => normalToken(t) === word && (i === 0 || isGivenName(t));
  const byGiven = people.filter((p) => p.tokens.slice(0, -1).some(given));
  return byGiven.length === 1 ? byGiven[0]?.entity : undefined;
}

/** "National Transportation Safety Board" → "NTSB", so the acronym joins the full name. */
function initialsOf(tokens: readonly string[]): string {
  return tokens.filter((t) => /^\p{Lu}/u.test(t)).map((t) => t[0]).join("");
}

/** The legal form ending a company's name ("Corp.", "Inc", "plc"), compared as normalToken leaves it. */
const LEGAL_SUFFIXES = new Set(["corp", "inc", "ltd", "llc", "plc", "co", "ag", "sa", "gmbh", "nv", "bv", "lp", "llp"]);

/** A lone word such as "Security" or "Prisons" is part of some organisation's name, not a name. */
const GENERIC_ORG_WORDS = new Set([...ORG_WORDS].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !PROPER_ORGS.has(w)));

const hasPersonTitle = (span: NameSpan): boolean => span.titles.some((t) => TITLES.has(t));

/**
 * "Joe and Hunter Biden": a lone first name joined by "and" to a full name shares its surname. A titled
 * one is a surname already: "President Obama and Hillary Clinton" are two people, not "Obama Clinton".
 */
function withSharedSurnames(text: string, spans: readonly NameSpan[]): NameSpan[] {
  return spans.map((span, i) => {
    const next = spans[i + 1];
    const joined = next && /^\s+(?:and|&)\s+$/u.test(text.slice(span.end, next.titleStart));
    if (!joined || span.kind !== "person" || next.kind !== "person" || span.tokens.length !== 1 || next.tokens.length < 2) return span;
    if (span.titles.length > 0) return span;
    const surname = next.tokens.at(-1) ?? "";
    if (!isGivenName(span.tokens[0] ?? "")) return span;
    return { ...span, name: `${span.name} ${surname}`, tokens: [...span.tokens, surname] };
  });
}

/** "a thousand Osama bin Ladens": a person's name made plural (`names`: keys of the article's full names) stands for a kind of person, not for someone. */
function isPlural(found: Found, names: ReadonlySet<string>, people: readonly Person[]): boolean {
  const last = found.span.tokens.at(-1) ?? "";
  if (!/\p{Ll}s$/u.test(last)) return false;
  const singular = { ...found, span: { ...found.span, tokens: [...found.span.tokens.slice(0, -1), last.slice(0, -1)] } };
  return names.has(keyOf(nameTokens(singular.span.tokens))) || personFor(singular, people) !== undefined;
}

const PERSON_ROLES = new Set([...ROLE_NOUNS].filter((w) => !COLLECTIVE_ROLE_NOUNS.has(w)));
const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u);

/** A given name that is an everyday word ("Mark", "Season") names a person only before a surname that is none ("Mark Carney", not "Season Fresh"). */
function givenNameFirst(span: NameSpan): boolean {
  const [first, second] = span.tokens;
  if (!first || !second || span.needsEvidence || span.kind !== "person") return false;
  return personalName(first) || (isGivenName(first) && !isCommonWord(second));
}

/** Described by a person's role ("a spokesman for…", "who represents…"). */
const describedAsPerson = (f: Found): boolean =>
  f.description !== undefined && (/^(?:who|whose)\b/iu.test(f.description) || words(f.description).some((w) => PERSON_ROLES.has(w)));

const HEAD_ENDS = new Set(["with", "at", "for", "from", "in", "on"]);
/** A description's head: its words before the first preposition ("a coordinator" of "a coordinator with the … Group"). */
const headOf = (description: string): string[] => {
  const all = words(description);
  const at = all.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  return at < 0 ? all : all.slice(0, at);
};

/**
 * Described by a body's noun and no person's role ("an al-Qaeda-linked organization", "a unit of Acme Group", "the D.A.
 * Davidson brokerage"); a body named after the description's head is where someone works: "a coordinator with the
 * non-profit Environmental Awareness Group".
 */
const describedAsBody = (f: Found): boolean =>
  !describedAsPerson(f) && (COLLECTIVE_ROLE_NOUNS.has(f.nounAfter ?? "") || (f.description !== undefined && headOf(f.description).some((w) => COLLECTIVE_ROLE_NOUNS.has(w))));

/**
 * A title or honorific, or a later mention by surname alone: what a given name and an "its" after the name do not outweigh.
 * A "surname" in capitals is an abbreviation ("AI experts" after "Determined AI"), no one's surname.
 */
function strongPersonEvidence(entity: LocalEntity, founds: readonly Found[]): boolean {
  const length = entity.name.split(" ").length;
  const bySurname = (f: Found): boolean => f.span.tokens.length < length && f.span.kind === "person" && !/^\p{Lu}+$/u.test(f.span.tokens.at(-1) ?? "");
  return founds.some((f) => hasPersonTitle(f.span) || bySurname(f));
}

/** A title or honorific, a given name, a later mention by surname alone, a "his" or "her" referring back, or an age. */
function personEvidence(entity: LocalEntity, founds: readonly Found[]): boolean {
  return strongPersonEvidence(entity, founds) || founds.some((f) => givenNameFirst(f.span) || f.possessiveAfter === "personal" || f.aged);
}

/** Named as a body somewhere ("shares of Wells Fargo") with no title or surname-only mention: a given name ("Morgan Stanley") does not outweigh it. */
const namedAsBody = (entity: LocalEntity, founds: readonly Found[]): boolean => founds.some((f) => f.organisationCue) && !strongPersonEvidence(entity, founds);

/** "Morgan Stanley said its …": referred back to as "it" and never as "he" or "she", with no title or surname-only mention. */
const referredToAsThing = (entity: LocalEntity, founds: readonly Found[]): boolean =>
  founds.some((f) => f.possessiveAfter === "its") && !founds.some((f) => f.possessiveAfter === "personal") && !strongPersonEvidence(entity, founds);

/**
 * "Roscosmos said", "Google claims", "Super Value revealed": one word that is no given name, or everyday words none of which is a
 * given name, with no person evidence and no person's act ("Schiff asked"), names a body sooner than a person.
 */
const noPersonsName = (entity: LocalEntity): boolean => {
  const words = entity.name.split(" ");
  return !words.some(isGivenName) && (words.length === 1 || words.every(isCommonWord));
};

/**
 * People need evidence. What the article says a name is comes first: described as a body it is an
 * organisation; else a phrase typed as a person without any evidence is weak (kept only if it
 * speaks), so "Rice Krispies Treats" or "Ballard Locks" are nobody.
 */
function typeByEvidence(assigned: ReadonlyMap<Found, LocalEntity>): void {
  const foundsOf = new Map<LocalEntity, Found[]>();
  for (const [f, entity] of assigned) {
    const list = foundsOf.get(entity);
    if (list) list.push(f);
    else foundsOf.set(entity, [f]);
  }
  for (const [entity, founds] of foundsOf) {
    if (entity.kind !== "person" || founds.some(describedAsPerson)) continue;
    if (founds.some(describedAsBody) || referredToAsThing(entity, founds) || namedAsBody(entity, founds)) {
      entity.kind = "organisation";
      entity.weak = false;
      delete entity.gender;
    } else if (!personEvidence(entity, founds) && noPersonsName(entity) && !founds.some((f) => f.personalAct)) {
      entity.kind = "organisation";
      delete entity.gender;
    } else if (!personEvidence(entity, founds)) entity.weak = true;
  }
}

export function articleEntities(article: Article): ArticleEntities {
  const all: Found[] = [];
  for (const p of article.paragraphs) {
    const quoted = quoteSpans(p.text);
    const credits = creditSpans(p.text);
    const spans = withSharedSurnames(p.text, findNames(p.text));
    const otherNames = otherNamesOfThings(p.text, spans);
    for (const span of spans) {
      if (span.kind === "place" || inCredit(credits, span.titleStart, span.end) || inQuotedTitle(p.text, quoted, span)) continue;
      const inQuote = quoted.some((q) => span.titleStart > q.open && span.end <= q.close);
      const description = inQuote ? undefined : describe(p.text, span);
      const opensSentence = SENTENCE_START.test(p.text.slice(Math.max(0, span.titleStart - 4), span.titleStart));
      const nounAfter = /^\s+(\p{Ll}+)/u.exec(p.text.slice(span.end, span.end + 30))?.[1];
      const possessive = POSSESSIVE_AFTER.exec(p.text.slice(span.end, span.end + 40))?.[1];
      const possessiveAfter = possessive ? (possessive === "its" ? "its" : "personal") : undefined;
      const genderWord = span.kind === "person" ? genderBeside(p.text, span) : undefined;
      const bodyCue = organisationCue(p.text, span.titleStart, span.end);
      all.push({ paragraph: p.n, span, opensSentence, organisationCue: bodyCue, placeOrThingCue: placeNounAfter(p.text, span.end) || placeInAddress(p.text, span.titleStart, span.end) || productNounAfter(p.text, span.end) || otherNames.has(span), personalAct: PERSONAL_ACT.test(p.text.slice(span.end, span.end + 20)), aged: agedAt(p.text, span), ...(description ? { description } : {}), ...(nounAfter ? { nounAfter } : {}), ...(possessiveAfter ? { possessiveAfter } : {}), ...(genderWord ? { genderWord } : {}) });
    }
  }
  const found = withoutPlacesAndThings(all);
  const byKey = new Map<string, LocalEntity>();
  const people: Person[] = [];
  const assigned = new Map<Found, LocalEntity>();
  const fullNames = found
    .filter((f) => f.span.kind === "person" && nameTokens(f.span.tokens).length > 1)
    .sort((a, b) => nameTokens(b.span.tokens).length - nameTokens(a.span.tokens).length);
  const fullKeys = new Set(fullNames.map((f) => keyOf(nameTokens(f.span.tokens))));
  for (const f of fullNames) {
    if (isPlural(f, fullKeys, people)) continue;
    const key = keyOf(f.span.tokens);
    let entity = byKey.get(key) ?? personFor(f, people);
    const at = { paragraph: f.paragraph, start: f.span.start };
    const person = people.find((p) => p.entity === entity);
    if (!entity) {
      entity = newEntity(f, "person", false);
      people.push({ tokens: nameTokens(f.span.tokens), entity, first: at });
    } else if (person && before(at, person.first)) person.first = at;
    byKey.set(key, entity);
    assigned.set(f, entity);
  }
  const seenInside = new Set(found.filter((f) => !f.opensSentence).map((f) => keyOf(f.span.tokens)));
  const byInitials = new Map<string, string>();
  const rest = found.filter((f) => !assigned.has(f)).sort((a, b) => Number(a.span.tokens.length === 1) - Number(b.span.tokens.length === 1));
  for (const f of rest) {
    if ((f.span.tokens.length === 1 && GENERIC_ORG_WORDS.has(f.span.tokens[0] ?? "")) || isPlural(f, fullKeys, people)) continue;
    const initials = initialsOf(f.span.tokens);
    if (f.span.kind === "organisation" && initials.length > 1 && !byInitials.has(initials)) byInitials.set(initials, keyOf(f.span.tokens));
    const acronym = f.span.tokens.length === 1 ? byInitials.get(f.span.tokens[0] ?? "") : undefined;
    const key = acronym ?? keyOf(f.span.tokens);
    const person = f.span.kind === "person" ? personFor(f, people) : undefined;
    let entity = person ?? byKey.get(key);
    if (!entity) {
      const org = f.span.kind === "organisation" || f.span.tokens.some((t) => ORG_WORDS.has(t));
      const titled = hasPersonTitle(f.span);
      if (!org && !titled && f.span.tokens.length === 1 && !seenInside.has(key)) continue;
      entity = newEntity(f, org && !titled ? "organisation" : "person", !org && !titled);
    }
    byKey.set(key, entity);
    // "the Chicago Department of Aviation", then "the Department of Aviation": the body without its place is the same body.
    const placeless = withoutLeadingPlaces(f.span.tokens);
    if (entity.kind === "organisation" && placeless.length > 1 && placeless.length < f.span.tokens.length && !byKey.has(keyOf(placeless))) byKey.set(keyOf(placeless), entity);
    // "Microsoft Corp", then "Microsoft": the company without its legal suffix is the same company.
    const unsuffixed = f.span.tokens.length > 1 && LEGAL_SUFFIXES.has(normalToken(f.span.tokens.at(-1) ?? "")) ? f.span.tokens.slice(0, -1) : undefined;
    if (entity.kind === "organisation" && unsuffixed && !byKey.has(keyOf(unsuffixed))) byKey.set(keyOf(unsuffixed), entity);
    assigned.set(f, entity);
  }
  const byParagraph = new Map<number, LocalMention[]>();
  for (const [f, entity] of assigned) {
    entity.mentions.push({ article: article.id, paragraph: f.paragraph, start: f.span.start, end: f.span.end });
    if (f.span.name !== entity.name) entity.aliases.add(f.span.name);
    const titled = f.span.titles.filter((t) => TITLES.has(t));
    if (titled.length > 0) entity.aliases.add(`${titled.join(" ")} ${f.span.name}`);
    if (!entity.description && f.description) entity.description = f.description;
    const honorific = genderByTitle(f.span) ?? f.genderWord;
    if (entity.kind === "person" && honorific) entity.gender = honorific;
    else if (!entity.gender && entity.kind === "person") {
      const gender = genderOf(f.span);
      if (gender) entity.gender = gender;
    }
    if ((hasPersonTitle(f.span) || f.aged) && entity.weak) entity.weak = false;
    const list = byParagraph.get(f.paragraph) ?? [];
    list.push({ entity, paragraph: f.paragraph, start: f.span.start, end: f.span.end, titleStart: f.span.titleStart });
    byParagraph.set(f.paragraph, list);
  }
  for (const entity of new Set(assigned.values())) {
    const surname = entity.kind === "person" ? entity.name.split(" ").at(-1) : undefined;
    if (surname && surname !== entity.name) entity.aliases.add(surname);
    entity.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  }
  for (const list of byParagraph.values()) list.sort((a, b) => a.start - b.start);
  typeByEvidence(assigned);
  return { entities: [...new Set(assigned.values())], byParagraph };
}
