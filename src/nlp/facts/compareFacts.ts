// The same fact as several outlets state it: quantities of the same kind and unit whose surrounding
// words match ("Pelosi has led House Democrats since 2002" / "… since 2003") are aligned across
// outlets, and so are a duration, count or date worded differently when the two are close in value
// and share the word beside the figure or a name near it ("during the more than two-hour call, Trump
// pressed Putin" / "Putin told Trump during their 90-minute call"). Never aligned: counts of people with
// different outcomes (a death toll, an injured count), dates more than a week apart, and a weekday
// with anything but the written date it stands for (a weekday's tense is a guess: "Tuesday" may be
// last Tuesday or next). The fact is a difference when the values the outlets' wordings allow do not
// overlap ("more than two hours" against "90 minutes"), an agreement when they do.
import { outcomeOf } from "./countNouns.ts";
import { findQuantities, type Quantity, type QuantityKind } from "./quantities.ts";

export interface OutletSentence {
  outlet: string;
  article: string;
  paragraph: number;
  text: string;
  /** The article's publication time (ISO 8601), which says what date a weekday stands for. */
  published?: string;
}

export interface StatedQuantity {
  sentence: OutletSentence;
  quantity: Quantity;
}

export interface Fact {
  /** What the fact is about, in the outlets' words: "Pelosi led House Democrats (when)". */
  about: string;
  /** One statement per outlet, in the order the outlets were given. */
  claims: StatedQuantity[];
  agree: boolean;
}

/**
 * Context words two statements must share to be taken as the same fact: two when their values agree
 * (one for a tally, whose two numbers are evidence enough), more, and half of the shorter context,
 * when they differ, so a difference is reported only for statements plainly about the same thing.
 */
const AGREEING_SHARED = 2;
const TALLY_SHARED = 1;
const DIFFERING_SHARED = 3;
const DIFFERING_SHARE = 0.5;
const ABOUT_WORDS = 5;
/** A pair found by key words or names alone ranks below any pair whose context words match. */
const ANCHORED_SCORE = 1;
/** The kinds a wording changes: "more than two hours" / "90 minutes", "dozens" / "about 40", "Tuesday" / "Nov. 12". */
const REWORDED: ReadonlySet<QuantityKind> = new Set(["duration", "count", "date"]);
/** How far apart two reworded values may be and still be one fact: a factor for amounts, days for dates. */
const NEAR_FACTOR = 3;
const NEAR_DAYS = 7;

const QUESTION: Readonly<Record<QuantityKind, string>> = {
  duration: "how long",
  count: "how many",
  money: "how much",
  percent: "what share",
  age: "how old",
  year: "when",
  date: "what date",
  tally: "the tally",
};

/** Whether two counts may count the same people: not when one is of the dead and the other of the injured. */
const sameOutcome = (a: Quantity, b: Quantity): boolean => !a.outcome || !b.outcome || a.outcome === b.outcome;

/** A date's value (month × 100 + day) as a day of the year, near enough to measure gaps of days. */
const dayOfYear = (value: number): number => Math.floor(value / 100) * 31 + (value % 100);

/** Whether two values are close enough to be one fact worded differently: overlapping, within a factor of three, or a week apart. */
function near(a: Quantity, b: Quantity): boolean {
  if (a.low <= b.high && b.low <= a.high) return true;
  const [lower, upper] = a.high < b.low ? [a, b] : [b, a];
  if (a.kind === "date") return dayOfYear(upper.low) - dayOfYear(lower.high) <= NEAR_DAYS;
  return lower.high > 0 && upper.low / lower.high <= NEAR_FACTOR;
}

/**
 * A reworded pair: the same kind and close values, and in common the word beside the figure or a name
 * near it when the two agree ("dozens of House Democrats boycotted" / "about 60 House Democrats
 * boycotted"), both when they differ, as a difference is shown and a wrong one misleads. A name alone
 * never pairs dates, nor a count of the dead or injured with one that does not say.
 */
function anchored(a: Placed, b: Placed): boolean {
  const [x, y] = [a.quantity, b.quantity];
  if (!REWORDED.has(x.kind) || !near(x, y)) return false;
  const key = x.key.some((k) => y.key.includes(k));
  const name = x.context.some((w) => w.name && y.context.some((c) => c.name && c.stem === w.stem));
  if (!consistent(x, y)) return key && name;
  return key || (name && x.kind !== "date" && x.outcome === y.outcome);
}

/** Whether two statements may be one fact at all, whatever their words: see the top of this file. */
function comparable(a: Quantity, b: Quantity): boolean {
  if (!sameOutcome(a, b)) return false;
  if (a.kind !== "date") return true;
  if (a.weekday || b.weekday) return !(a.weekday && b.weekday) && consistent(a, b);
  return near(a, b);
}

/** How strongly two statements look like the same fact (0: not at all); an agreeing pair ranks above a differing one. */
function matchScore(a: Placed, b: Placed): number {
  if (!comparable(a.quantity, b.quantity)) return 0;
  let shared = 0;
  for (const stem of a.stems) if (b.stems.has(stem)) shared += 1;
  const byContext = consistent(a.quantity, b.quantity)
    ? shared >= (a.quantity.kind === "tally" ? TALLY_SHARED : AGREEING_SHARED) ? shared + 0.5 : 0
    : shared >= DIFFERING_SHARED && shared >= DIFFERING_SHARE * Math.min(a.stems.size, b.stems.size) ? shared : 0;
  return byContext > 0 ? byContext : anchored(a, b) ? ANCHORED_SCORE : 0;
}

/** Whether two statements of one fact can both be true: their ranges overlap (and a tally's other side is the same). */
export const consistent = (a: Quantity, b: Quantity): boolean => a.low <= b.high && b.low <= a.high && a.against === b.against;

/** A statement with its context words as a set, read once. */
interface Placed extends StatedQuantity {
  stems: Set<string>;
}

interface Link {
  a: Placed;
  b: Placed;
  score: number;
}

/** For each statement, its best match (most shared context words) in each other outlet; only statements of one kind and unit are compared. */
function bestMatches(stated: readonly Placed[]): Map<Placed, Map<string, Link>> {
  const best = new Map<Placed, Map<string, Link>>();
  const byUnit = new Map<string, Placed[]>();
  for (const s of stated) {
    const key = `${s.quantity.kind} ${s.quantity.unit}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), s]);
  }
  for (const a of stated) {
    const byOutlet = new Map<string, Link>();
    for (const b of byUnit.get(`${a.quantity.kind} ${a.quantity.unit}`) ?? []) {
      if (a.sentence.outlet === b.sentence.outlet) continue;
      const score = matchScore(a, b);
      const current = byOutlet.get(b.sentence.outlet);
      if (score > 0 && (!current || score > current.score)) byOutlet.set(b.sentence.outlet, { a, b, score });
    }
    best.set(a, byOutlet);
  }
  return best;
}

/**
 * The statements joined by mutual best matches, the strongest links first, into groups that hold at
 * most one statement per outlet: a sentence's two numbers of seats never become one fact.
 */
function linkedGroups(stated: readonly Placed[]): Placed[][] {
  const best = bestMatches(stated);
  const mutual = [...best.values()]
    .flatMap((byOutlet) => [...byOutlet.values()])
    .filter((link) => best.get(link.b)?.get(link.a.sentence.outlet)?.b === link.a)
    .sort((x, y) => y.score - x.score);
  const groupOf = new Map(stated.map((s) => [s, [s]]));
  for (const { a, b } of mutual) {
    const ours = groupOf.get(a) ?? [a];
    const theirs = groupOf.get(b) ?? [b];
    if (ours === theirs || ours.some((x) => theirs.some((y) => x.sentence.outlet === y.sentence.outlet || !comparable(x.quantity, y.quantity)))) continue;
    const merged = [...ours, ...theirs];
    for (const s of merged) groupOf.set(s, merged);
  }
  return [...new Set(groupOf.values())];
}

/** The words the claims share around their quantities, as the first claim writes them, and the question they answer. */
function aboutOf(claims: readonly Placed[]): string {
  const [first, ...others] = claims;
  if (!first) return "";
  const shared = first.quantity.context.filter((w) => others.some((o) => o.quantity.context.some((c) => c.stem === w.stem)));
  const described = shared.filter((w) => !(first.quantity.outcome && outcomeOf(w.text)));
  const words = [...new Map(described.map((w) => [w.stem, w.text])).values()];
  const counted = first.quantity.outcome ? `people ${first.quantity.outcome}` : first.sentence.text.slice(first.quantity.start, first.quantity.end).split(/\s+/u).at(-1);
  const unit = first.quantity.kind === "count" ? ` ${counted ?? ""}` : "";
  return [...words.slice(0, ABOUT_WORDS), `(${QUESTION[first.quantity.kind]}${unit})`].join(" ");
}

/** The facts that several outlets state with a quantity, each an agreement or a difference, in the order of first statement. */
export function compareFacts(sentences: readonly OutletSentence[]): Fact[] {
  const outlets = [...new Set(sentences.map((s) => s.outlet))];
  if (outlets.length < 2) return [];
  const stated = sentences.flatMap((sentence) =>
    findQuantities(sentence.text, sentence.published).map((quantity) => ({ sentence, quantity, stems: new Set(quantity.context.map((w) => w.stem)) })),
  );
  return linkedGroups(stated)
    .map((group) => outlets.flatMap((outlet) => group.filter((s) => s.sentence.outlet === outlet)))
    .filter((claims) => claims.length >= 2)
    .map((claims) => ({
      about: aboutOf(claims),
      claims: claims.map(({ sentence, quantity }) => ({ sentence, quantity })),
      agree: claims.every((a) => claims.every((b) => consistent(a.quantity, b.quantity))),
    }));
}
