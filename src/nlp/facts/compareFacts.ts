// The same fact as several outlets state it: quantities of the same kind and unit whose surrounding
// words match ("Pelosi has led House Democrats since 2002" / "… since 2003") are aligned across
// outlets, and the fact is a difference when the values the outlets' wordings allow do not overlap
// ("more than two hours" against "90 minutes"), an agreement when they do.
import { findQuantities, type Quantity, type QuantityKind } from "./quantities.ts";

export interface OutletSentence {
  outlet: string;
  article: string;
  paragraph: number;
  text: string;
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

/** How strongly two statements look like the same fact (0: not at all); an agreeing pair ranks above a differing one. */
function matchScore(a: Placed, b: Placed): number {
  let shared = 0;
  for (const stem of a.stems) if (b.stems.has(stem)) shared += 1;
  if (consistent(a.quantity, b.quantity)) return shared >= (a.quantity.kind === "tally" ? TALLY_SHARED : AGREEING_SHARED) ? shared + 0.5 : 0;
  return shared >= DIFFERING_SHARED && shared >= DIFFERING_SHARE * Math.min(a.stems.size, b.stems.size) ? shared : 0;
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
function linkedGroups(stated: readonly Placed[]): StatedQuantity[][] {
  const best = bestMatches(stated);
  const mutual = [...best.values()]
    .flatMap((byOutlet) => [...byOutlet.values()])
    .filter((link) => best.get(link.b)?.get(link.a.sentence.outlet)?.b === link.a)
    .sort((x, y) => y.score - x.score);
  const groupOf = new Map(stated.map((s) => [s, [s]]));
  for (const { a, b } of mutual) {
    const ours = groupOf.get(a) ?? [a];
    const theirs = groupOf.get(b) ?? [b];
    if (ours === theirs || ours.some((x) => theirs.some((y) => x.sentence.outlet === y.sentence.outlet))) continue;
    const merged = [...ours, ...theirs];
    for (const s of merged) groupOf.set(s, merged);
  }
  return [...new Set(groupOf.values())];
}

/** The words the claims share around their quantities, as the first claim writes them, and the question they answer. */
function aboutOf(claims: readonly StatedQuantity[]): string {
  const [first, ...others] = claims;
  if (!first) return "";
  const shared = first.quantity.context.filter((w) => others.some((o) => o.quantity.context.some((c) => c.stem === w.stem)));
  const words = [...new Map(shared.map((w) => [w.stem, w.text])).values()].slice(0, ABOUT_WORDS);
  const unit = first.quantity.kind === "count" ? ` ${first.sentence.text.slice(first.quantity.start, first.quantity.end).split(/\s+/u).at(-1) ?? ""}` : "";
  return `${words.join(" ")} (${QUESTION[first.quantity.kind]}${unit})`;
}

/** The facts that several outlets state with a quantity, each an agreement or a difference, in the order of first statement. */
export function compareFacts(sentences: readonly OutletSentence[]): Fact[] {
  const outlets = [...new Set(sentences.map((s) => s.outlet))];
  if (outlets.length < 2) return [];
  const stated = sentences.flatMap((sentence) => findQuantities(sentence.text).map((quantity) => ({ sentence, quantity, stems: new Set(quantity.context.map((w) => w.stem)) })));
  return linkedGroups(stated)
    .map((group) => outlets.flatMap((outlet) => group.filter((s) => s.sentence.outlet === outlet).map(({ sentence, quantity }) => ({ sentence, quantity }))))
    .filter((claims) => claims.length >= 2)
    .map((claims) => ({
      about: aboutOf(claims),
      claims,
      agree: claims.every((a) => claims.every((b) => consistent(a.quantity, b.quantity))),
    }));
}
