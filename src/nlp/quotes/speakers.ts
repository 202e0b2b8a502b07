// Who a cue verb belongs to: the name or pronoun before it (over adverbs and an appositive),
// the name right after it in inverted order ("said Fyodor Lukyanov"), or the clause's subject
// for "… and said", "by warning", ", saying"; a common-noun subject ("one source") is unknown.
import type { LocalMention } from "../names/entities.ts";
import { COLLECTIVE_ROLE_NOUNS, ROLE_NOUNS } from "../names/nameLexicon.ts";
import { STOPWORDS } from "../tokens.ts";
import { QUOTE_CUE } from "./cueVerbs.ts";
import { documentIssuer } from "./documentSource.ts";
import { asPronoun, type Pronoun } from "./pronouns.ts";

export type Subject =
  | { type: "entity"; mention: LocalMention }
  | { type: "pronoun"; pronoun: Pronoun; at: number }
  | { type: "noun"; at: number; phrase: string };

export interface Cue {
  verb: string;
  start: number;
  end: number;
}

/** When a statement was made: "last week", "on Thursday", "Thursday", "in July", "in 2017", "this morning", "yesterday", "now". */
const WHEN = String.raw`(?:(?:last|this|next)\s+(?:week|month|year|night|morning|afternoon|evening|\p{Lu}\p{Ll}+day)|(?:on\s+)?\p{Lu}\p{Ll}+day|in\s+(?:1[89]|20)\d\d|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|yesterday|today|tonight|now)`;
/** Words between a subject and its cue that say when or how: "also", "has", "is expected to" ("Mr. Rubio is expected to say"), "last week". */
const ADVERBS = String.raw`(?:(?:\p{Ll}+ly|also|then|later|again|has|had|have|was|would|will|once|further|previously|just|earlier|yet|still|had|has|never|quickly|often|${WHEN}|(?:is|are|was|were)\s+(?:expected|set|due|scheduled|going)\s+to)\s+)*`;
/** "Avalos texted to say they were there", "She called to say": a message sent, then what it said. */
const WROTE_TO = String.raw`(?:texted|called|wrote|emailed|e-mailed|tweeted|phoned|messaged|rang)\s+to\s+`;
/** ", however," set off between a subject and its cue: "The department, however, said …". */
const SET_OFF = String.raw`(?:,\s*(?:however|though|meanwhile|too|instead|in turn|for (?:its|his|her|their) part),)?`;
const GAP_PLAIN = new RegExp(String.raw`^\s*${ADVERBS}(?:${WROTE_TO})?$`, "u");
/** ", a senior fellow at …, " between a name and its verb; its closing comma may stand inside a title's quotation marks (", author of “The Case,” argued"). */
const GAP_APPOSITIVE = new RegExp(String.raw`^,[^,;:]{1,160}(?:,|_[”"’'])\s*${ADVERBS}$`, "u");
/** " with the New York Police Department " between a name and its verb. */
const GAP_AFFILIATION = new RegExp(String.raw`^\s+(?:of|with|from|at)\s+the\s+\p{Lu}[^,;:]{0,80}\s+${ADVERBS}$`, "u");
/** ", a physical oceanographer at the University of New South Wales in Sydney told": an appositive the writer did not close. */
const GAP_OPEN_APPOSITIVE = new RegExp(String.raw`^,\s+(?:a|an|the)\s[^,;:"“”]{1,160}?\s+${ADVERBS}$`, "u");
/** A name right after a preposition ("in Sydney", "at the University of …") is not a subject. */
const AFTER_PREPOSITION = /\b(?:in|at|of|for|from|with|to|on|by|near|about)\s+(?:the\s+)?$/u;
/** "the Deputy Director Joan Honore-Paul who advised that …": a relative pronoun right after the name, then its verb. */
const GAP_RELATIVE = new RegExp(String.raw`^\s+(?:who|which)\s+${ADVERBS}$`, "u");
/** "his predecessor, Fiona Hill, had dubbed": a name in apposition, then its verb. */
const GAP_AFTER_APPOSITIVE_NAME = new RegExp(String.raw`^,\s*${ADVERBS}$`, "u");
/** "(R-Warren)" between a name and its verb, perhaps with an aside: "(R-Burlington), for example,". */
const GAP_BRACKET = new RegExp(String.raw`^\s*\([^)]{1,40}\)\s*(?:,[^,;:]{1,60},\s*)?${ADVERBS}$`, "u");
/** "he said", "he's asked", "she'd told": a pronoun subject, perhaps with its auxiliary joined on. */
const PRONOUN_BEFORE = new RegExp(String.raw`\b(he|she|it|they|He|She|It|They)(?:['’](?:s|d|ve|ll))?${SET_OFF}\s+${ADVERBS}$`, "u");
const PRONOUN_AFTER = /^\s+(he|she|it|they)\s*[.,;]/u;
const NOUN_BEFORE = new RegExp(
  String.raw`(?:^\s*|[,;—–]\s*|\b(?:and|but|But|And|though|although|because|whereas)\s+)((?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+)${SET_OFF}\s+${ADVERBS}$`,
  "u",
);
/**
 * "The group that represents more than 155,000 Realtors across the country said", "a spokeswoman for the Service Employees
 * International Union said": a longer subject opened by an article, read only when no shorter subject fits.
 */
const LONG_NOUN_BEFORE = new RegExp(
  String.raw`(?:^\s*|[,;—–]\s*)((?:[Aa]n?|[Tt]he)\s+(?:(?:\d{1,3}(?:,\d{3})+|[\p{L}\p{N}'’.-]+)\s+){5,10}[\p{L}'’.-]+)${SET_OFF}\s+${ADVERBS}$`,
  "u",
);
/** Before an inverted subject there is only the quote's end or a comma. */
const INVERSION_SLOT = /(?:^|[,"”’'])\s*$/u;
/**
 * "said attorney Mark Stone", "said a skeptical Robert Wolfarth", "noted Maryland-based lawyer Jim Dunham": words
 * describing the inverted subject, up to four, lower-case or a place joined to a lower-case word, perhaps after "a".
 */
const INVERTED_DESCRIPTOR = /^\s*(?:(?:a|an)\s+)?(?:(?:\p{Ll}[\p{L}'’-]*|\p{Lu}[\p{L}.]*-\p{Ll}+)\s+){0,4}$/u;
/** Where or how a statement was made, after its speaker: "in an interview with the Globe", "in a statement", "on Twitter". */
const MADE_IN = String.raw`(?:\s+(?:in|on|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[^,.;:!?]{1,60})?`;
/**
 * An inverted subject closes its clause, perhaps after where they work or where they said it: "said Fyodor Lukyanov, a …",
 * "said Jose Ramirez.", "reported Jo Lee of Public Radio.", "noted Jim Dunham in an interview with the Globe."
 */
const INVERTED_END = new RegExp(
  String.raw`^(?:\s+(?:of|at|from|with)\s+(?:the\s+)?\p{Lu}[^,.;:!?]{0,60})?${MADE_IN}\s*(?:[,.;:!?]|$|(?=\s+(?:as|while|when)\s+(?:he|she|they)\b))`,
  "u",
);
/** "said Department of Correction spokesman Jason Kersten", "warns PAHO Director Carissa Etienne": a body, perhaps its initials, then the role its person holds. */
const BODY_ROLE = /^\s*(?:\([^)]{1,15}\)\s*)?(?:[\p{L}-]+\s+){0,3}$/u;
/** "explained the court in its ruling", "said the Scottish government": an inverted subject that is a description, not a name. */
const INVERTED_NOUN = new RegExp(String.raw`^\s+((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+)(?=${MADE_IN}\s*(?:[,.;:!?]|$))`, "u");
const AFFILIATION_REACH = 20;
const AFFILIATION_BEFORE = /\s+(?:of|at|with|from|for)\s+(?:the\s+)?$/u;
/** "Likud party, which tried … by saying", "Asheville Tea PAC, a local group which said": the cue belongs to the relative clause's antecedent. */
const RELATIVE = /,\s+(?:(?:a|an|the)\s+[^,]{1,60}?\s+)?(?:which|who)\s[^,]*$/u;
/** "according to" is followed by its source within a few characters ("according to the FAA"). */
const SOURCE_REACH = 6;
/** Cues whose next name is its subject in inverted order; for others ("told") it is the object. */
const INVERTIBLE = new Set([
  ...["said", "says", "added", "adds", "asked", "wrote", "writes", "explained", "continued", "replied", "noted", "recalled", "tweeted", "warned"],
  ...["reported", "reports", "estimates", "estimated", "cautions", "cautioned", "argued", "argues", "notes", "explains"],
  ...["say", "note", "explain", "warn", "argue", "warns"],
]);
/** The cue belongs to the clause's subject: "… and said", "by warning that", ", saying". */
const CLAUSE_LINK = /(?:\band|\bby|,)\s*$/u;
const CLAUSE_OPENER = /^[\s"“‘']*(?:(?:But|And|However|Still|Yet|So|Meanwhile|Then|Now|Also|Today|Later|Instead)\b,?\s+)?(?:[^,]{0,50},\s*)?$/u;

/** "A blogger on the Web site Freedom’s Lighthouse said", "A lawyer for Jane Doe said", "The report by the X Union claims": a name inside an unnamed subject’s phrase is not the subject. */
const INSIDE_UNNAMED_SUBJECT = /^[\s"“‘']*(?:(?:But|And)\s+)?(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){1,3}(?:on|of|for|to|at|with|from|in|by)\s+[^,;]*$/u;

function entityBefore(masked: string, from: number, cue: Cue, mentions: readonly LocalMention[]): LocalMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const m = mentions[i];
    if (!m || m.end > cue.start || m.titleStart < from) continue;
    const gap = masked.slice(m.end, cue.start);
    // "… presented to Joan Honore-Paul who advised": a relative clause's subject is the name before it, wherever it stands.
    if (GAP_RELATIVE.test(gap)) return m;
    if (AFTER_PREPOSITION.test(masked.slice(Math.max(0, m.titleStart - AFFILIATION_REACH), m.titleStart))) continue;
    if (INSIDE_UNNAMED_SUBJECT.test(masked.slice(from, m.titleStart))) continue;
    const appositiveName = GAP_AFTER_APPOSITIVE_NAME.test(gap) && /,\s*$/u.test(masked.slice(0, m.titleStart));
    const gapFits = [GAP_PLAIN, GAP_APPOSITIVE, GAP_OPEN_APPOSITIVE, GAP_BRACKET, GAP_AFFILIATION].some((re) => re.test(gap));
    if (gapFits || appositiveName) {
      return ownerOf(masked, m, mentions);
    }
  }
  return undefined;
}

/** "Tatiana Stanovaya of the Carnegie Endowment said": the speaker is the name the affiliation belongs to. */
function ownerOf(masked: string, m: LocalMention, mentions: readonly LocalMention[]): LocalMention {
  const from = Math.max(0, m.titleStart - AFFILIATION_REACH);
  const link = AFFILIATION_BEFORE.exec(masked.slice(from, m.titleStart));
  if (!link) return m;
  const owner = mentions.find((o) => o.end === from + link.index);
  return owner && owner.entity.kind === "person" ? owner : m;
}

/** "The mayor defended the plan, saying …", "The court also found …, noting", "The agency would not describe it, saying": a clause opened by a common-noun subject and its verb in the past or after an auxiliary. */
const NOUN_SUBJECT =
  /^[\s"“‘']*((?:(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|\p{Lu}\p{Ll}+s))\s+(?:(?:\p{Ll}+ly|also)\s+)?(?:\p{Ll}+ed|found|held|told|gave|made|took|wrote|said|(?:would|could|did|will|has|had)(?:\s+not|n['’]t)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+)\b/u;

function clauseSubject(masked: string, from: number, upTo: number, mentions: readonly LocalMention[]): Subject | undefined {
  const pronoun = /^[\s"“‘']*(?:(?:But|And|However|Still|Yet|So)\b,?\s+)?(He|She|It|They)\b/u.exec(masked.slice(from, upTo));
  if (pronoun?.[1]) {
    const p = asPronoun(pronoun[1]);
    if (p) return { type: "pronoun", pronoun: p, at: from + pronoun.index };
  }
  // "In the wake of the Orlando attack, Trump …": a name after a preposition is not the clause's subject.
  const first = mentions.find((m) => m.titleStart >= from && m.end <= upTo && !AFTER_PREPOSITION.test(masked.slice(Math.max(from, m.titleStart - AFFILIATION_REACH), m.titleStart)));
  if (first && CLAUSE_OPENER.test(masked.slice(from, first.titleStart))) return { type: "entity", mention: roleHolder(masked, first, mentions) };
  const noun = NOUN_SUBJECT.exec(masked.slice(from, upTo));
  // A name inside the noun phrase ("The Russian space agency", "Iraq's ambassador") does not open the clause: the phrase does.
  const phraseEnd = noun?.[1] ? from + noun.index + noun[0].indexOf(noun[1]) + noun[1].length : from;
  if (noun?.[1] && (!first || first.end <= phraseEnd)) return { type: "noun", at: from + noun.index, phrase: noun[1] };
  return undefined;
}

/** "…, President and CFO of Super Value Debra Symonette said yesterday, adding that": a participle's subject is that of the cue before it in its sentence. */
function earlierCueSubject(masked: string, from: number, cue: Cue, mentions: readonly LocalMention[]): Subject | undefined {
  const earlier = [...masked.slice(from, cue.start).matchAll(QUOTE_CUE)]
    .map((m) => ({ verb: (m[0].split(" ")[0] ?? m[0]).toLowerCase(), start: from + m.index, end: from + m.index + m[0].length }))
    .filter((c) => !/ing$/u.test(c.verb))
    .at(-1);
  const subject = earlier ? subjectOf(masked, from, cue.start, earlier, mentions) : undefined;
  return subject?.type === "noun" ? undefined : subject;
}

/** "White House press secretary Josh Earnest": an organisation naming a role is followed by the person holding it. */
export function roleHolder(masked: string, m: LocalMention, mentions: readonly LocalMention[]): LocalMention {
  if (m.entity.kind !== "organisation") return m;
  const next = mentions.find((o) => o.titleStart > m.end && o.entity.kind === "person");
  if (!next) return m;
  const between = masked.slice(m.end, next.titleStart);
  return /^\s+(?:\p{Ll}+\s+){1,3}$/u.test(between) && between.split(/\s+/u).some((w) => ROLE_NOUNS.has(w)) ? next : m;
}

/** The person a body's role words lead to after an inverted cue ("Department of Correction spokesman Jason Kersten"), closing the clause. */
function bodysPerson(masked: string, body: LocalMention, mentions: readonly LocalMention[], to: number): LocalMention | undefined {
  const person = mentions.find((m) => m.titleStart >= body.end && m.entity.kind === "person");
  // The role may be the person's title ("Director Carissa Etienne") or stand before it.
  const role = person && BODY_ROLE.test(masked.slice(body.end, person.titleStart)) ? masked.slice(body.end, person.start) : undefined;
  if (!person || !role || !role.toLowerCase().split(/[^\p{L}-]+/u).some((w) => ROLE_NOUNS.has(w))) return undefined;
  return INVERTED_END.test(masked.slice(person.end, to)) ? person : undefined;
}

/** Between an inverted cue and its subject only describing words stand ("a skeptical" only when `article`), never a preposition ("said in a statement to Reuters"). */
function describesInverted(gap: string, article = true): boolean {
  if (!article && /^\s*an?\s/u.test(gap)) return false;
  return INVERTED_DESCRIPTOR.test(gap) && gap.trim().replace(/^an?\s+/u, "").split(/\s+/u).every((w) => !STOPWORDS.has(w));
}

/** "a White House official", "Pentagon sources": a name followed by a noun for a person is where an unnamed person works. */
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;
function namesWorkplace(masked: string, m: LocalMention): boolean {
  const noun = NOUN_AFTER.exec(masked.slice(m.end))?.[1]?.replace(/s$/u, "");
  return noun !== undefined && (noun === "source" || (ROLE_NOUNS.has(noun) && !COLLECTIVE_ROLE_NOUNS.has(noun)));
}

/**
 * The name "according to" cites: within a few characters ("according to the FAA") or after describing words
 * ("according to fire chief Dana Wells"); none when it only says where the source works ("according to a White House official").
 */
export function sourceOf(masked: string, cueEnd: number, mentions: readonly LocalMention[]): LocalMention | undefined {
  // "according to figures from the ONS, …": the body issuing the document, its name ending the phrase.
  const issuer = documentIssuer(masked, cueEnd, masked.length, mentions);
  if (issuer && /^\s*(?:[,.;:!?—–]|$)/u.test(masked.slice(issuer.end))) return issuer;
  const source = mentions.find((m) => m.titleStart >= cueEnd && (m.titleStart <= cueEnd + SOURCE_REACH || describesInverted(masked.slice(cueEnd, m.titleStart), false)));
  if (!source || namesWorkplace(masked, source)) return undefined;
  return personOf(masked, source, mentions) ?? source;
}

/** "MMQB's Peter King", "CNN's senior writer Jo Lee": the person written after a body's possessive is the one cited. */
const POSSESSIVE_THEN = /^['’]s?\s+(?:\p{Ll}+\s+){0,3}$/u;
function personOf(masked: string, body: LocalMention, mentions: readonly LocalMention[]): LocalMention | undefined {
  const next = mentions.find((m) => m.titleStart >= body.end);
  return next && next.entity.kind === "person" && POSSESSIVE_THEN.test(masked.slice(body.end, next.titleStart)) ? next : undefined;
}

/** The subject of `cue` within the sentence starting at `from` and ending at `to`. */
export function subjectOf(masked: string, from: number, to: number, cue: Cue, mentions: readonly LocalMention[]): Subject | undefined {
  if (cue.verb === "according") {
    const source = sourceOf(masked, cue.end, mentions);
    return source ? { type: "entity", mention: source } : { type: "noun", at: cue.start, phrase: "" };
  }
  const before = masked.slice(from, cue.start);
  const pronoun = PRONOUN_BEFORE.exec(before);
  const entity = entityBefore(masked, from, cue, mentions);
  if (pronoun?.[1] && (!entity || from + pronoun.index > entity.end)) {
    const p = asPronoun(pronoun[1]);
    if (p) return { type: "pronoun", pronoun: p, at: from + pronoun.index };
  }
  if (entity) return { type: "entity", mention: entity };
  // "A statement from the Ministry of Health said": the document's issuer, right before the cue.
  const clauseStart = Math.max(from, ...[",", ";", "—"].map((mark) => masked.lastIndexOf(mark, cue.start) + 1));
  const issuer = documentIssuer(masked, clauseStart, cue.start, mentions);
  if (issuer && GAP_PLAIN.test(masked.slice(issuer.end, cue.start))) return { type: "entity", mention: issuer };
  if (INVERTIBLE.has(cue.verb) && INVERSION_SLOT.test(before)) {
    const after = masked.slice(cue.end, to);
    const next = mentions.find((m) => m.titleStart >= cue.end && describesInverted(masked.slice(cue.end, m.titleStart)) && INVERTED_END.test(masked.slice(m.end, to)));
    if (next) return { type: "entity", mention: next.entity.kind === "organisation" ? (bodysPerson(masked, next, mentions, to) ?? next) : next };
    const body = mentions.find((m) => m.titleStart >= cue.end && m.entity.kind === "organisation" && describesInverted(masked.slice(cue.end, m.titleStart)));
    const person = body ? bodysPerson(masked, body, mentions, to) : undefined;
    if (person) return { type: "entity", mention: person };
    const p = PRONOUN_AFTER.exec(after);
    const word = p?.[1] ? asPronoun(p[1]) : undefined;
    if (word) return { type: "pronoun", pronoun: word, at: cue.end };
    const described = INVERTED_NOUN.exec(after);
    // The described subject stands after its cue ("…, say the researchers, and …"): its place is where it is written.
    if (described?.[1] && !mentions.some((m) => m.titleStart >= cue.end && m.titleStart < cue.end + described[0].length)) {
      return { type: "noun", at: cue.end + described[0].indexOf(described[1]), phrase: described[1] };
    }
  }
  const relative = RELATIVE.exec(before);
  if (relative) {
    const at = from + relative.index;
    const antecedent = mentions.find((m) => m.end <= at && /^\s*(?:\p{Ll}+)?\s*$/u.test(masked.slice(m.end, at)));
    if (antecedent) return { type: "entity", mention: antecedent };
  }
  if (CLAUSE_LINK.test(before) || /ing$/u.test(cue.verb)) {
    const subject = (/ing$/u.test(cue.verb) ? earlierCueSubject(masked, from, cue, mentions) : undefined) ?? clauseSubject(masked, from, cue.start, mentions);
    if (subject) return subject;
  }
  const noun = NOUN_BEFORE.exec(before) ?? LONG_NOUN_BEFORE.exec(before);
  // ", and the Director noted": the conjunction opens the clause and is no part of its subject.
  if (noun?.[1]) return { type: "noun", at: cue.start, phrase: noun[1].replace(/^(?:and|but|And|But)\s+/u, "") };
  return undefined;
}
