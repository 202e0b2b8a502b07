// The quantities a sentence states, each with the range of values its wording allows and what it
// measures, in units that compare across wordings: "the more than two-hour chat" is a duration of 120
// minutes or more, "90 minutes" one of 90; "a 134-to-63 vote" a tally; "since 2002" a year; "six seats"
// a count of seats, "dozens of people" one of 24 to 99 people, "3 victims" one of 3 people, "53
// wounded" one of 53 people injured; "Nov. 12" a date, and so is "Tuesday" once the article's
// publication date says which Tuesday. Numbers that label rather than measure ("No. 2", a bare year
// with no preposition) are left out.
import { STOPWORDS, tokenize, type Token } from "../tokens.ts";
import { countUnit, outcomeAfter, outcomeBefore, outcomeOf, PERSON_UNIT, type Outcome } from "./countNouns.ts";
import { NUMBER_PATTERN, numberValue, PLURAL_PATTERN, pluralRange } from "./numberWords.ts";
import { weekdayDates } from "./weekdayDates.ts";

export type QuantityKind = "duration" | "count" | "money" | "percent" | "age" | "year" | "date" | "tally";

export interface ContextWord {
  stem: string;
  /** The word as written in the sentence. */
  text: string;
  /** Capitalised where the sentence does not open: part of a name ("Putin", "Orlando"). */
  name?: true;
}

export interface Quantity {
  kind: QuantityKind;
  /** What a count counts ("seat"; "person" for people, victims, the dead), else the kind. */
  unit: string;
  /** What happened to the people a count counts, when the sentence says: a death toll, an injured count. */
  outcome?: Outcome;
  /** The values the wording allows, in the kind's base unit (minutes for durations): "more than two hours" is 120 to Infinity. */
  low: number;
  high: number;
  /** The losing side of a tally ("134 to 63": 63). */
  against?: number;
  /** [start, end) of the phrase in the sentence, qualifier to unit. */
  start: number;
  end: number;
  /** The content words around the phrase: what it is a quantity of. */
  context: ContextWord[];
  /**
   * The stems of the words right beside the phrase, two before and one after ("the 90-minute call", "the
   * call lasted 90 minutes"); a word saying what happened to people as its outcome ("killed", "dead": killed).
   */
  key: string[];
  /** A date read from a weekday ("Tuesday"), which may be a day before or after the one meant. */
  weekday?: true;
}

const NUMBER = new RegExp(String.raw`(?<![\w$.,/-])(\$)?(?:${NUMBER_PATTERN}|(an?)|${PLURAL_PATTERN})(?![\w])`, "giu");

const MINUTES: Readonly<Record<string, number>> = { second: 1 / 60, minute: 1, hour: 60, day: 1_440, week: 10_080, month: 43_800, year: 525_600 };
const DURATION = /^(?:-|\s+)(second|minute|hour|day|week|month|year)s?\b(?:-long\b)?/iu;
/** A duration that dates something ("three weeks ago", "a day after") rather than lasting. */
const TIME_POINT = /^\s+(?:ago|earlier|later|before|after|from now)\b/iu;
const AGE = /^(?:-year-old\b|\s+years?\s+old\b|-years?-old\b)/iu;
const PERCENT = /^\s*(?:%|percent\b|per cent\b|percentage points?\b)/iu;
const FRACTION = /^-(third|quarter|fourth|half)s?\b/iu;
const DOLLARS = /^\s+dollars?\b/iu;
const TALLY = /^(?:-to-|-?\s+to\s+|-)(\d{1,4})(?!\w|-\d|[.,]\d|\s+(?:a\.m|p\.m))/iu;
const NEXT_WORD = /^\s+([\p{L}][\p{L}'’-]*)/u;
const MONTH_BEFORE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+$/u;
const YEAR_PREPOSITION = /\b(?:since|in|until|till|by|from|before|after|of|during)\s+$/iu;
const LABEL_BEFORE = /\b(?:No|Nos|Number|page|Article|Section|Chapter|Amendment|Room)\.?\s*$/iu;
const QUALIFIER = /\b(more than|over|at least|upwards of|nearly|almost|just under|fewer than|less than|under|about|around|roughly|approximately|some|an estimated|up to|only|just|exactly)\s+$/iu;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DENOMINATORS: Readonly<Record<string, number>> = { third: 3, quarter: 4, fourth: 4, half: 2 };
const CONTEXT_WORDS = 6;
const KEY_BEFORE = 2;
const KEY_AFTER = 1;
/** What may stand before a sentence's first word: a capital there is not a name's. */
const OPENING = /^[\s"“‘(]*$/u;
const NOT_UNITS = new Set(["percent", "times", "time", "of", "to", "and", "or", "a", "an", "the", "in", "on", "at", "for", "from", "by", "with", "as", "who", "that", "which", "more", "less", "years", "others", "other"]);

/** " of " after a plural range: "dozens of arrests" counts arrests. */
const PLURAL_OF = /^\s+of(?=\s)/u;

/** The range a qualifier gives a stated value: "more than 2" is 2 to Infinity, "about 90" is 67.5 to 112.5. */
function range(qualifier: string | undefined, value: number): [number, number] {
  switch (qualifier?.toLowerCase()) {
    case "more than":
    case "over":
    case "at least":
    case "upwards of":
      return [value, Infinity];
    case "nearly":
    case "almost":
    case "just under":
      return [value * 0.8, value];
    case "fewer than":
    case "less than":
    case "under":
    case "up to":
      return [0, value];
    case "about":
    case "around":
    case "roughly":
    case "approximately":
    case "some":
    case "an estimated":
      return [value * 0.75, value * 1.25];
    default:
      return [value, value];
  }
}

interface Measure {
  kind: QuantityKind;
  unit: string;
  outcome?: Outcome;
  value: number;
  /** Characters after the number that belong to the phrase. */
  length: number;
  against?: number;
  /** Characters before the number that belong to the phrase (a date's month). */
  lead?: number;
  /** The top of a stated range ("40- to 60-hour"). */
  upTo?: number;
}

/** What the number at `at` (value `value`, written `written`) measures, judged by the words around it. */
function measure(sentence: string, at: number, end: number, written: string, value: number, dollar: boolean): Measure | null {
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(end, end + 60);
  const digits = /^\d+$/u.test(written);
  if (LABEL_BEFORE.test(before)) return null;
  if (dollar) return { kind: "money", unit: "money", value, length: 0 };
  const month = MONTH_BEFORE.exec(before);
  if (month?.[1] && digits && value >= 1 && value <= 31) {
    return { kind: "date", unit: "date", value: (MONTHS.indexOf(month[1].slice(0, 3).toLowerCase()) + 1) * 100 + value, length: 0, lead: month[0].length };
  }
  const tally = TALLY.exec(after);
  if (tally?.[1] && digits && !(value >= 1800 && value < 2100)) {
    const other = Number(tally[1]);
    const rangeUnit = DURATION.exec(after.slice(tally[0].length));
    if (!rangeUnit?.[1]) return { kind: "tally", unit: "tally", value, against: other, length: tally[0].length };
    const minutes = MINUTES[rangeUnit[1].toLowerCase()] ?? 1;
    return { kind: "duration", unit: "duration", value: value * minutes, upTo: other * minutes, length: tally[0].length + rangeUnit[0].length };
  }
  const age = AGE.exec(after);
  if (age) return { kind: "age", unit: "age", value, length: age[0].length };
  const duration = DURATION.exec(after);
  if (duration?.[1] && TIME_POINT.test(after.slice(duration[0].length))) return null;
  if (duration?.[1]) return { kind: "duration", unit: "duration", value: value * (MINUTES[duration[1].toLowerCase()] ?? 1), length: duration[0].length };
  const percent = PERCENT.exec(after);
  if (percent) return { kind: "percent", unit: "percent", value, length: percent[0].length };
  const fraction = FRACTION.exec(after);
  if (fraction?.[1]) return { kind: "percent", unit: "percent", value: (value / (DENOMINATORS[fraction[1].toLowerCase()] ?? 1)) * 100, length: fraction[0].length };
  const dollars = DOLLARS.exec(after);
  if (dollars) return { kind: "money", unit: "money", value, length: dollars[0].length };
  if (digits && written.length === 4 && value >= 1800 && value < 2100) {
    return YEAR_PREPOSITION.test(before) ? { kind: "year", unit: "year", value, length: 0 } : null;
  }
  return countOf(after, value, written);
}

/** A count, by the noun after the number: "six seats", "3 victims", "53 wounded", "53 others were wounded". */
function countOf(after: string, value: number, written: string): Measure | null {
  const next = NEXT_WORD.exec(after);
  const noun = next?.[1]?.toLowerCase();
  if (!next || !noun) return null;
  const stated = outcomeOf(noun);
  if (stated) return { kind: "count", unit: PERSON_UNIT, outcome: stated, value, length: next[0].length };
  const others = noun === "others" ? outcomeAfter(after.slice(next[0].length)) : undefined;
  if (others) return { kind: "count", unit: PERSON_UNIT, outcome: others, value, length: next[0].length };
  if (NOT_UNITS.has(noun) || /(?:ed|ing)$/u.test(noun) || written.toLowerCase() === "one") return null;
  const counted = countUnit(noun);
  const outcome = counted.outcome ?? (counted.unit === PERSON_UNIT ? outcomeAfter(after.slice(next[0].length)) : undefined);
  return { kind: "count", unit: counted.unit, ...(outcome ? { outcome } : {}), value, length: next[0].length };
}

/**
 * The content words within a few words of [start, end), no further than the quantities before and
 * after it (`from`, `to`): in "six seats … and 194 seats", each number has its own words; and the
 * stems of the nearest of them, its key words.
 */
function contextOf(sentence: string, content: readonly Token[], start: number, end: number, from: number, to: number): Pick<Quantity, "context" | "key"> {
  const before = content.filter((t) => t.start >= from && t.end <= start).slice(-CONTEXT_WORDS);
  const after = content.filter((t) => t.start >= end && t.end <= to).slice(0, CONTEXT_WORDS);
  return {
    context: [...before, ...after].map((t) => {
      const text = sentence.slice(t.start, t.end);
      return { stem: t.stem, text, ...(/^\p{Lu}/u.test(text) && !OPENING.test(sentence.slice(0, t.start)) ? { name: true as const } : {}) };
    }),
    key: [...before.slice(-KEY_BEFORE), ...after.slice(0, KEY_AFTER)].map((t) => outcomeOf(t.word) ?? t.stem),
  };
}

/** Words that say nothing about what is measured: qualifiers, number words, titles, speech verbs. */
const VAGUE_WORDS = new Set(
  ("said says say than nearly almost roughly around least under since ago next last past earlier later today yesterday year years month months week weeks day days time " +
    "one two three four five six seven eight nine ten twenty thirty forty fifty hundred thousand million billion dozen mr ms mrs " +
    "monday tuesday wednesday thursday friday saturday sunday")
    .split(" "),
);
const isFunctionWord = (word: string): boolean => STOPWORDS.has(word) || VAGUE_WORDS.has(word);

/** A plural range ("dozens of people"): a count of what follows "of". */
function pluralCount(sentence: string, end: number, plural: string): Measure | null {
  const range = pluralRange(plural);
  const of = PLURAL_OF.exec(sentence.slice(end))?.[0];
  if (!range || of === undefined) return null;
  const counted = countOf(sentence.slice(end + of.length, end + of.length + 60), range[0], plural);
  return counted ? { ...counted, length: of.length + counted.length, upTo: range[1] } : null;
}

/**
 * Every quantity `sentence` states, in order; `published` (the article's publication time, ISO 8601)
 * lets a weekday stand for its date.
 */
export function findQuantities(sentence: string, published?: string): Quantity[] {
  const found: Omit<Quantity, "context" | "key">[] = [];
  let after = 0;
  for (const match of sentence.matchAll(NUMBER)) {
    if (match.index < after) continue;
    const [whole, dollar, number, scale, article, plural] = match;
    const written = number ?? article ?? plural ?? "";
    const value = article ? 1 : plural ? (pluralRange(plural)?.[0] ?? null) : numberValue(written, scale);
    if (value === null) continue;
    const end = match.index + whole.length;
    if (article && !DURATION.test(sentence.slice(end, end + 20))) continue;
    const measured = plural ? (dollar ? null : pluralCount(sentence, end, plural)) : measure(sentence, match.index, end, written, value, Boolean(dollar));
    const numberStart = match.index - (measured?.lead ?? 0);
    const qualifier = QUALIFIER.exec(sentence.slice(Math.max(0, numberStart - 20), numberStart));
    if (!measured || (article && (measured.kind !== "duration" || !qualifier))) continue;
    const start = qualifier ? numberStart - qualifier[0].length : numberStart;
    const phraseEnd = end + measured.length;
    const [low, high] = measured.upTo === undefined ? range(qualifier?.[1], measured.value) : [measured.value, measured.upTo];
    const outcome = measured.outcome ?? (measured.unit === PERSON_UNIT ? outcomeBefore(sentence.slice(0, start)) : undefined);
    found.push({
      kind: measured.kind,
      unit: measured.unit,
      ...(outcome ? { outcome } : {}),
      low,
      high,
      ...(measured.against !== undefined ? { against: measured.against } : {}),
      start,
      end: phraseEnd,
    });
    after = phraseEnd;
  }
  for (const day of weekdayDates(sentence, published)) {
    if (!found.some((q) => q.start < day.end && day.start < q.end)) found.push({ kind: "date", unit: "date", low: day.value, high: day.value, start: day.start, end: day.end, weekday: true });
  }
  found.sort((a, b) => a.start - b.start);
  if (found.length === 0) return [];
  const content = tokenize(sentence).filter((t) => t.word.length > 1 && !/^\d/u.test(t.word) && !isFunctionWord(t.word));
  return found.map((q, i) => ({ ...q, ...contextOf(sentence, content, q.start, q.end, found[i - 1]?.end ?? 0, found[i + 1]?.start ?? sentence.length) }));
}
