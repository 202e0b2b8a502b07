// Capitalised name phrases in a text: where each sits, the titles written before it, and
// whether it reads as a person, an organisation or a place ("Kremlin spokesman Dmitry Peskov").
import { DEMONYM, genderOfFirstName, NAME_PARTICLES, NOT_NAMES, ORG_CONNECTORS, ORG_WORDS, PLACES, PLACE_WORDS, TITLES } from "./nameLexicon.ts";

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
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Punctuation or a line break between this token and the next one. */
  breakAfter: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-\u00AD.][\p{L}\p{N}]+)*\.?/gu;
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Fr|Prof|St|Jr|Sr)\.$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    let cut = false;
    if (word.endsWith(".") && !ABBREVIATION.test(word)) {
      word = word.slice(0, -1);
      cut = true;
    }
    if (/['’]s$/u.test(word)) {
      word = word.slice(0, -2);
      cut = true;
    }
    const end = match.index + word.length;
    const joined = text[end] === " " && /\p{L}/u.test(text[end + 1] ?? "");
    tokens.push({ text: word, start: match.index, end, breakAfter: cut || !joined });
  }
  return tokens;
}

const PLACE_OPENERS = new Set(["New", "San", "Los", "Las", "Santa", "Fort", "Port", "Saint", "North", "South", "Puerto", "Upper", "Lower", "Northwest", "Northeast", "Southwest", "Southeast", "Central"]);

const isCapitalised = (word: string): boolean => /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(word);
const isAcronym = (word: string): boolean => /^\p{Lu}{3,}$/u.test(word);
const clean = (word: string): string => word.replace(/\u00AD/gu, "");

function kindOf(tokens: string[]): NameKind | undefined {
  const first = tokens[0] ?? "";
  if (tokens.some((t) => PLACE_WORDS.has(t))) return "place";
  if (tokens.every((t) => isAcronym(t) && PLACES.has(t.charAt(0) + t.slice(1).toLowerCase()))) return "place";
  if (tokens.some((t) => ORG_WORDS.has(t) || isAcronym(t))) return "organisation";
  if (PLACE_OPENERS.has(first) || tokens.every((t) => PLACES.has(t))) return "place";
  // Digits ("Airbus A320-200", "Flight QZ8501") and web addresses ("NJ.com") are never in a person's name.
  if (tokens.some((t) => NOT_NAMES.has(t) || (DEMONYM.test(t) && !genderOfFirstName(t)) || /\p{N}|-\p{Ll}|['’]\p{Ll}|^[RDI]-\p{Lu}|\.\p{Ll}/u.test(t))) return undefined;
  return tokens.length <= 4 ? "person" : undefined;
}

/** Splits a run of capitalised tokens into leading titles and the name proper. */
function nameOf(run: Token[]): NameSpan | undefined {
  let i = 0;
  while (i < run.length && NOT_NAMES.has(clean(run[i]?.text ?? "")) && !TITLES.has(run[i]?.text ?? "")) i += 1;
  const titleFrom = i;
  const words = run.map((t) => clean(t.text));
  const lastTitle = words.findLastIndex((w, j) => j >= i && j < words.length - 1 && TITLES.has(w) && !ORG_WORDS.has(w) && !ORG_CONNECTORS.has(words[j - 1] ?? ""));
  const orgAfter = (j: number): boolean => words.slice(j).some((w) => ORG_WORDS.has(w) || isAcronym(w));
  if (lastTitle >= 0 && !orgAfter(lastTitle + 1)) i = lastTitle + 1;
  else if (!orgAfter(i)) {
    while (i < run.length - 1 && (TITLES.has(words[i] ?? "") || (DEMONYM.test(words[i] ?? "") && !genderOfFirstName(words[i] ?? "")))) i += 1;
  }
  while (i < run.length - 2 && PLACES.has(words[i] ?? "")) i += 1;
  const body = run.slice(i);
  const first = body[0];
  const last = body[body.length - 1];
  if (!first || !last) return undefined;
  const tokens = words.slice(i);
  if (tokens.length === 1 && (TITLES.has(tokens[0] ?? "") || DEMONYM.test(tokens[0] ?? ""))) return undefined;
  const kind = kindOf(tokens.filter((t) => !NAME_PARTICLES.has(t) && !ORG_CONNECTORS.has(t)));
  if (!kind) return undefined;
  return {
    start: first.start,
    end: last.end,
    name: tokens.join(" "),
    tokens,
    kind,
    titles: words.slice(titleFrom, i),
    titleStart: run[titleFrom]?.start ?? first.start,
  };
}

/** "World Travel and Tourism Council": the capitalised words after an "and" end in an organisation word. */
function orgAhead(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j += 1) {
    const t = tokens[j] as Token;
    if (!isCapitalised(t.text)) return false;
    if (ORG_WORDS.has(clean(t.text))) return true;
    if (t.breakAfter) return false;
  }
  return false;
}

/** Every name phrase of `text`, in order. */
export function findNames(text: string): NameSpan[] {
  const tokens = tokenize(text);
  const names: NameSpan[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const trailing = (t: Token | undefined): boolean => t !== undefined && (!isCapitalised(t.text) || NOT_NAMES.has(t.text));
    while (run.length > 1 && trailing(run[run.length - 1])) run.pop();
    const span = run.length > 0 ? nameOf(run) : undefined;
    if (span) names.push(span);
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const linkable = run.length > 0 && next !== undefined && isCapitalised(next.text) && !token.breakAfter;
    const orgSoFar = run.some((t) => ORG_WORDS.has(clean(t.text)));
    const joins =
      isCapitalised(token.text) ||
      (linkable &&
        (NAME_PARTICLES.has(token.text) ||
          (ORG_CONNECTORS.has(token.text) && !NOT_NAMES.has(next.text) && orgSoFar) ||
          (token.text === "and" && !orgSoFar && orgAhead(tokens, i + 1))));
    if (!joins) {
      flush();
      continue;
    }
    run.push(token);
    if (token.breakAfter) flush();
  }
  flush();
  return names;
}
