// Capitalised name phrases in a text: where each sits, the titles written before it, and
// whether it reads as a person, an organisation or a place ("Kremlin spokesman Dmitry Peskov").
import { CALENDAR, DEMONYM, LEADING_ORG_WORDS, NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS, ORG_WORDS, PLACE_WORDS, POST_NOMINALS, STREET_ENDINGS, SURNAME_PLACE_WORDS, THING_WORDS, TITLES } from "./nameLexicon.ts";
import { isCommonWord, isContentWord, isPersonalPronoun, isPluralNoun } from "../people/commonWords.ts";
import { isGivenName } from "../people/givenNames.ts";
import { isPlace } from "../people/places.ts";

export type NameKind = "person" | "organisation" | "place";

export interface NameSpan {
  /** Offsets of the name proper (titles excluded) in the text. */
  start: number;
  end: number;
  /** The name as written, soft hyphens removed, possessive dropped. */
  name: string;
  tokens: string[];
  kind: NameKind;
  /** Titles and nationality words written right before the name ("Ukrainian President"). */
  titles: string[];
  /** Where the titles begin (equals `start` when there are none). */
  titleStart: number;
  /**
   * A person's name only with other evidence: it opens its sentence with an everyday word ("Will Smith",
   * "Hope Hicks", "He Jiankui"), or its surname is a word that names places ("Jane Park", not "Lincoln Park").
   */
  needsEvidence: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation or a line break between this token and the next one. */
  breakAfter: boolean;
}

/** A word, or an ampersand between two words ("Chapter & Verse"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-\u00AD.][\p{L}\p{N}]+)*\.?|&(?=\s)/gu;
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Fr|Prof|St|Jr|Sr)\.$/u;

const INITIAL = /^(?:\p{Lu}\.)+$/u;
/** "Th." of "Marcel J. L. Th. Niekus", "Wm." of "Wm. H. Macy": a given name shortened beside an initial. */
const SHORTENED_NAME = /^\p{Lu}\p{Ll}{1,3}\.$/u;

/** Whether `word` at `at` is a given name shortened among initials: an initial before it, or one after it. */
function shortenedAmongInitials(text: string, word: string, at: number, previous: Token | undefined): boolean {
  if (!SHORTENED_NAME.test(word)) return false;
  const next = /^ (\S+)/u.exec(text.slice(at + word.length, at + word.length + 12))?.[1] ?? "";
  return /^\p{Lu}/u.test(next) && ((previous !== undefined && INITIAL.test(previous.text) && previous.end === at - 1) || INITIAL.test(next));
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    let cut = false;
    if (word.endsWith(".") && !ABBREVIATION.test(word) && !shortenedAmongInitials(text, word, match.index, tokens.at(-1))) {
      word = word.slice(0, -1);
      cut = true;
    }
    if (/['’]s$/u.test(word)) {
      word = word.slice(0, -2);
      cut = true;
    }
    const end = match.index + word.length;
    // "Citizens’ Independent Transportation Trust", "Farmers' Union": a plural noun's possessive opens a body's name.
    const pluralPossessive = !cut && isPluralNoun(word) && /^['’] \p{Lu}/u.test(text.slice(end, end + 3));
    const joined = pluralPossessive || (text[end] === " " && /[\p{L}&]/u.test(text[end + 1] ?? ""));
    tokens.push({ text: word, start: match.index, end, breakAfter: cut || !joined });
  }
  return tokens;
}

const PLACE_OPENERS = new Set(["New", "San", "Los", "Las", "Santa", "Fort", "Port", "Saint", "North", "South", "Puerto", "Upper", "Lower", "Northwest", "Northeast", "Southwest", "Southeast", "Central", "Camp", "Cape", "Mount"]);

const isCapitalised = (word: string): boolean => /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(word);
const isAcronym = (word: string): boolean => /^\p{Lu}{3,}$/u.test(word);
const clean = (word: string): string => word.replace(/\u00AD/gu, "");

/** The kind of name `tokens` make; `wordFirst` when the first is an everyday word kept as a given name ("Will Hurd", "He Lifeng"). */
function kindOf(tokens: string[], wordFirst = false, titled = false): NameKind | undefined {
  const first = tokens[0] ?? "";
  // The last word heads the phrase: "Blue Harbor Ventures" is a firm, "Bay Area Council" a body.
  if (tokens.length > 1 && ORG_WORDS.has(tokens.at(-1) ?? "")) return "organisation";
  if (surnameIsPlaceWord(tokens)) return "person";
  if (tokens.some((t) => PLACE_WORDS.has(t) || (t.includes("-") && STREET_ENDINGS.has(t.split("-").at(-1) ?? "")))) return "place";
  if (tokens.every((t) => isAcronym(t) && isPlace([t.charAt(0) + t.slice(1).toLowerCase()]))) return "place";
  // "Chapter & Verse", "Procter & Gamble": people are joined with "and", firms with an ampersand.
  if (tokens.some((t) => ORG_WORDS.has(t) || isAcronym(t) || t === "&")) return "organisation";
  if (PLACE_OPENERS.has(first) || isPlace(tokens) || tokens.every((t) => isPlace([t]))) return "place";
  // "St Eustatius", "St. Lucia": "Saint" as British and American style shorten it opens a place's name; "Mr St John" is a person.
  if ((first === "St" || first === "St.") && tokens.length > 1 && !titled) return "place";
  // A place's or a brand's name then a plural noun is a team or a product ("Dallas Cowboys", "Google Maps"); "Tiger Woods" has a given name
  // first, and "Superintendent Audley Peters" a person's title before.
  if (tokens.length > 1 && isPluralNoun(tokens.at(-1) ?? "") && (isPlace([first]) || (!isGivenName(first) && !titled))) return isPlace([first]) ? "organisation" : undefined;
  // "Special Agents", "Ministers": a group named by its members' title is no one's name.
  if (tokens.length === 1 && isTitlePlural(first)) return undefined;
  // "Tory MPs", "NGOs": a group of people named by a plural abbreviation is no one's name.
  if (/^\p{Lu}{2,}s$/u.test(tokens.at(-1) ?? "")) return undefined;
  // Three everyday words and more make a slogan or a title ("Black Lives Matter"), not someone's name.
  if (tokens.length > 2 && tokens.every(isCommonWord)) return undefined;
  // Laws, events, products and faiths ("Affordable Care Act", "Great Recession", "Super Bowl", "Radical Islam") are not people,
  // nor are doctrines ("Marxism", "Radical Islamism").
  if (tokens.some((t) => THING_WORDS.has(t) || /\p{Ll}ism$/u.test(t))) return undefined;
  // Digits ("Airbus A320-200", "Flight QZ8501") and web addresses ("NJ.com") are never in a person's name.
  // A people ("Tunisians", "Iraqis") is no one's name.
  if (tokens.some((t, i) => (NOT_NAMES.has(t) && !(wordFirst && i === 0)) || (DEMONYM.test(t) && !isGivenName(t)) || (t.endsWith("s") && DEMONYM.test(t.slice(0, -1))) || /\p{N}|-\p{Ll}|['’]\p{Ll}|^[RDI]-\p{Lu}|\.\p{Ll}/u.test(t))) return undefined;
  // Initials and given names shortened among them do not count: "Marcel J. L. Th. Niekus" is a given name and a surname.
  return tokens.filter((t) => !INITIAL.test(t) && !SHORTENED_NAME.test(t)).length <= 4 ? "person" : undefined;
}

/** "Agents", "Deputies": the plural of a title, and no given name (a role noun's plural may be a surname: "Mr. Fellows"). */
const isTitlePlural = (word: string): boolean =>
  !isGivenName(word) && [word.replace(/s$/u, ""), word.replace(/ies$/u, "y")].some((singular) => singular !== word && TITLES.has(singular));

/** "Jane Park", "Carla Hills": a given name, then a place word that is also a surname. */
const surnameIsPlaceWord = (tokens: readonly string[]): boolean =>
  tokens.length === 2 && SURNAME_PLACE_WORDS.has(tokens[1] ?? "") && isGivenName(tokens[0] ?? "") && !isPlace([tokens[0] ?? ""]);

/** A given name that is no everyday word, title, place or organisation word: "Gordon", "Dmitry", not "Will" or "Union". */
export function personalName(word: string): boolean {
  return isGivenName(word) && !isCommonWord(word) && !TITLES.has(word) && !ORG_WORDS.has(word) && !PLACE_WORDS.has(word) && !isPlace([word]) && !NOT_NAMES.has(word);
}

/** A word before a person's name is part of their title ("Superintendent", "Public Prosecution") unless it names a body or a place. */
const titleLike = (word: string): boolean => !ORG_WORDS.has(word) && !isAcronym(word) && !PLACE_WORDS.has(word) && !THING_WORDS.has(word) && !isPlace([word]);

/**
 * Where a person's name starts inside a longer run: at a given name with one to three surname words
 * after it and no given name before it ("European Union Gordon Sondland", "Superintendent Jane Doe"),
 * unless a body's word that comes before its name stands right before it ("Fondation Louis Vuitton").
 */
function givenNameAt(words: readonly string[]): number {
  const at = words.findIndex((w, i) => i > 0 && personalName(w));
  if (at < 0 || words.length - at < 2 || words.length - at > 4 || LEADING_ORG_WORDS.has(words[at - 1] ?? "")) return -1;
  if (words.slice(0, at).some(personalName)) return -1;
  const surname = words.slice(at + 1);
  return surname.some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w) || THING_WORDS.has(w) || isAcronym(w)) ? -1 : at;
}

/**
 * An everyday word opening a sentence is part of the name after it only when it is a given name
 * ("Will Smith", "Hope Hicks") or a pronoun before a word that is none ("He Jiankui": no pronoun stands
 * before a name); inside a sentence a capitalised pronoun or modal is always one ("said He Lifeng").
 */
function startsName(word: string, next: string | undefined, opensSentence: boolean): boolean {
  if (!next || !isCapitalised(next) || NOT_NAMES.has(next) || TITLES.has(word) || CALENDAR.has(word) || !isContentWord(word)) return false;
  return opensSentence ? isGivenName(word) || (isPersonalPronoun(word) && !isCommonWord(next)) : true;
}

/** "Replied Stephen, with some delicacy, …": a verb in the past opening its sentence before a given name is no part of the name. */
const verbBeforeName = (words: readonly string[]): boolean =>
  words.length > 1 && /^\p{Lu}\p{Ll}{2,}ed$/u.test(words[0] ?? "") && isCommonWord(words[0] ?? "") && !isGivenName(words[0] ?? "") && personalName(words[1] ?? "");

/** Splits a run of capitalised tokens into leading titles and the name proper (from `nameFrom` when given). */
function nameOf(run: Token[], opensSentence: boolean, nameFrom?: number): NameSpan | undefined {
  const words = run.map((t) => clean(t.text));
  let i = 0;
  const wordFirst = opensSentence && startsName(words[0] ?? "", words[1], true);
  if (opensSentence && verbBeforeName(words)) i = 1;
  else if (!startsName(words[0] ?? "", words[1], opensSentence)) {
    while (i < run.length && NOT_NAMES.has(words[i] ?? "") && !TITLES.has(words[i] ?? "")) i += 1;
  }
  const titleFrom = i;
  const demonymTitle = (j: number): boolean => DEMONYM.test(words[j] ?? "") && (!isGivenName(words[j] ?? "") || TITLES.has(words[j + 1] ?? ""));
  const lastTitle = words.findLastIndex((w, j) => j >= i && j < words.length - 1 && TITLES.has(w) && !ORG_WORDS.has(w) && !ORG_CONNECTORS.has(words[j - 1] ?? ""));
  const orgAfter = (j: number): boolean => words.slice(j).some((w) => ORG_WORDS.has(w) || isAcronym(w));
  if (nameFrom !== undefined) i = nameFrom;
  else if (lastTitle >= 0 && !orgAfter(lastTitle + 1)) i = lastTitle + 1;
  else if (!orgAfter(i)) {
    while (i < run.length - 1 && (TITLES.has(words[i] ?? "") || demonymTitle(i))) i += 1;
  }
  // "Texas Republican Ann Lee" drops the place; "Chicago Department of Aviation" is the body's own name.
  while (i < run.length - 2 && isPlace([words[i] ?? ""]) && !orgAfter(i + 1)) i += 1;
  const body = run.slice(i);
  const first = body[0];
  const last = body[body.length - 1];
  if (!first || !last) return undefined;
  const tokens = words.slice(i);
  if (tokens.length === 1 && (TITLES.has(tokens[0] ?? "") || POST_NOMINALS.has(tokens[0] ?? "") || DEMONYM.test(tokens[0] ?? ""))) return undefined;
  // "the PAHO Director", "Microsoft President": a body's name then a title is a role someone holds, not a name.
  // "the Conservative MP": a party or a people then letters of office, likewise.
  if (tokens.length > 1 && POST_NOMINALS.has(tokens.at(-1) ?? "") && tokens.slice(0, -1).every((w) => DEMONYM.test(w))) return undefined;
  if (tokens.length > 1 && TITLES.has(tokens.at(-1) ?? "") && !ORG_WORDS.has(tokens.at(-1) ?? "") && tokens.slice(0, -1).some((w) => isAcronym(w) || ORG_WORDS.has(w))) return undefined;
  const kind = kindOf(
    tokens.filter((t) => !NAME_PARTICLES.has(t) && !ORG_CONNECTORS.has(t)),
    NOT_NAMES.has(tokens[0] ?? "") && startsName(tokens[0] ?? "", tokens[1], opensSentence && i === 0),
    words.slice(titleFrom, i).some((w) => TITLES.has(w) && !ORG_WORDS.has(w)),
  );
  if (!kind) return undefined;
  return {
    start: first.start,
    end: last.end,
    name: tokens.join(" "),
    tokens,
    kind,
    titles: words.slice(titleFrom, i),
    titleStart: run[titleFrom]?.start ?? first.start,
    needsEvidence: (wordFirst && i === 0) || surnameIsPlaceWord(tokens),
  };
}

/**
 * The names of one run: a person's name fused to what comes before it is split off, the words before
 * it being its titles ("Superintendent Jane Doe") or, from an organisation word on, a name of their own
 * ("European Union" Gordon Sondland).
 */
function namesOf(run: Token[], opensSentence: boolean): NameSpan[] {
  const words = run.map((t) => clean(t.text));
  const at = givenNameAt(words);
  const whole = nameOf(run, opensSentence);
  const alreadySplit = whole?.kind === "person" && whole.tokens.length === words.length - at;
  if (at < 0 || alreadySplit || words.slice(0, at).every((w) => TITLES.has(w) || NOT_NAMES.has(w) || DEMONYM.test(w) || isPlace([w]))) {
    return whole ? [whole] : [];
  }
  let titlesFrom = at;
  while (titlesFrom > 0 && titleLike(words[titlesFrom - 1] ?? "")) titlesFrom -= 1;
  const before = titlesFrom > 0 ? nameOf(run.slice(0, titlesFrom), opensSentence) : undefined;
  const person = nameOf(run.slice(titlesFrom), opensSentence && titlesFrom === 0, at - titlesFrom);
  return [before, person].filter((s): s is NameSpan => s !== undefined);
}

/**
 * "the Centre for Disease Prevention and Control", "the Department of Health and Human Services": after a body's
 * word and an "of" or "for", an "and" goes on naming what the body is for, when one or two capitalised words
 * follow that are no title and no given name ("the Department of Health and Minister Jane Okafor" is two names).
 */
function remitGoesOn(run: readonly Token[], tokens: readonly Token[], from: number): boolean {
  const bodyAt = run.findIndex((t) => ORG_WORDS.has(clean(t.text)));
  if (bodyAt < 0 || !run.slice(bodyAt + 1).some((t) => t.text === "of" || t.text === "for")) return false;
  let words = 0;
  for (let j = from; j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    if (!isCapitalised(t.text)) break;
    if (TITLES.has(clean(t.text)) || (words === 0 && isGivenName(clean(t.text)))) return false;
    words += 1;
    if (t.breakAfter) break;
  }
  return words >= 1 && words <= 2;
}

/** "World Travel and Tourism Council", "the George and Joyce Wein Jazz & Heritage Center": the capitalised words after an "and" (over an "&") end in an organisation word. */
function orgAhead(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    if (ORG_WORDS.has(clean(t.text))) return true;
    if (!isCapitalised(t.text) && t.text !== "&") return false;
    if (t.breakAfter) return false;
  }
  return false;
}

/** Lower-case nouns that make a place's or a people's name a body: "the Scottish government", "West Mercia police". */
const BODY_AFTER_PLACE = new Set(["government", "police", "authorities", "military", "army"]);

/** "the Scottish government", "West Mercia police": a place or a people then a body's noun names that body. */
function placeBody(whole: Token[], noun: Token): NameSpan | undefined {
  const run = whole.slice(whole.findIndex((t) => !NOT_NAMES.has(clean(t.text)) || DEMONYM.test(clean(t.text))));
  const words = run.map((t) => clean(t.text));
  const place = words.every((w) => DEMONYM.test(w)) || nameOf(run, false)?.kind === "place" || isPlace(words);
  const first = run[0];
  if (!place || !first || words.length === 0) return undefined;
  const tokens = [...words, noun.text];
  return { start: first.start, end: noun.end, name: tokens.join(" "), tokens, kind: "organisation", titles: [], titleStart: first.start, needsEvidence: false };
}

/** Before a sentence's first word: the text's start, a stop, a colon or an opening quote. */
const SENTENCE_START = /(?:^|[.!?:]["”’']?\s+|["“‘']|—\s*)$/u;

/** Every name phrase of `text`, in order. */
export function findNames(text: string): NameSpan[] {
  const tokens = tokenize(text);
  const names: NameSpan[] = [];
  let run: Token[] = [];
  let orgSoFar = false;
  const flush = (): void => {
    const trailing = (t: Token | undefined): boolean => t !== undefined && (!isCapitalised(t.text) || NOT_NAMES.has(t.text));
    while (run.length > 1 && trailing(run[run.length - 1])) run.pop();
    while (run.length > 2 && POST_NOMINALS.has(clean(run[run.length - 1]?.text ?? ""))) run.pop();
    const first = run[0];
    if (first) names.push(...namesOf(run, SENTENCE_START.test(text.slice(Math.max(0, first.start - 4), first.start))));
    run = [];
    orgSoFar = false;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const linkable = run.length > 0 && next !== undefined && isCapitalised(next.text) && !token.breakAfter;
    const joins =
      isCapitalised(token.text) ||
      (linkable &&
        (NAME_PARTICLES.has(token.text) ||
          token.text === "&" ||
          (ORG_CONNECTORS.has(token.text) && !NOT_NAMES.has(next.text) && orgSoFar) ||
          (token.text === "and" && (orgSoFar ? remitGoesOn(run, tokens, i + 1) : orgAhead(tokens, i + 1)))));
    if (!joins) {
      const body = run.length > 0 && !run.at(-1)?.breakAfter && BODY_AFTER_PLACE.has(token.text) ? placeBody(run, token) : undefined;
      if (body) {
        names.push(body);
        run = [];
        orgSoFar = false;
      } else flush();
      continue;
    }
    run.push(token);
    orgSoFar ||= ORG_WORDS.has(clean(token.text));
    if (token.breakAfter) flush();
  }
  flush();
  return names;
}
