// The same figure in other words: durations, counts, number words, plural ranges and weekdays read
// into comparable values with what they measure, and paired across outlets when they describe the
// same thing; and the pairs that must never be made (a death toll with an injured count, a weekday
// with another date, two extensions of different things). Real sentences from the pages of
// test/fixtures/stories (see its README for their source), and made-up ones for each wording.
import { describe, expect, it } from "vitest";
import { compareFacts, type Fact, type OutletSentence } from "../../src/nlp/facts/compareFacts.ts";
import { findQuantities } from "../../src/nlp/facts/quantities.ts";
import { eventSentences } from "../support/outletSentences.ts";

const stated = (sentence: string, published?: string) =>
  findQuantities(sentence, published).map((q) => ({ text: sentence.slice(q.start, q.end), kind: q.kind, unit: q.unit, low: q.low, high: q.high, ...(q.outcome ? { outcome: q.outcome } : {}) }));

/** Made-up coverage: one sentence per outlet, each in paragraph 1 of its own article. */
const outlets = (...sentences: [outlet: string, text: string, published?: string][]): OutletSentence[] =>
  sentences.map(([outlet, text, published]) => ({ outlet, article: outlet.toLowerCase(), paragraph: 1, text, ...(published ? { published } : {}) }));

const claimsOf = (fact: Fact) => fact.claims.map((c) => `${c.sentence.outlet} ¶${c.sentence.paragraph} «${c.sentence.text.slice(c.quantity.start, c.quantity.end)}»`);

/** Wednesday 13 November 2024, mid-afternoon in New York. */
const WEDNESDAY = "2024-11-13T20:00:00Z";

describe("reading a figure in any wording into a comparable value", () => {
  it("reads plural ranges and dozens as counts: dozens of protesters, three dozen, nearly two-dozen", () => {
    expect(stated("Dozens of protesters were arrested outside the courthouse.")).toEqual([{ text: "Dozens of protesters", kind: "count", unit: "protest", low: 24, high: 99 }]);
    expect(stated("Close to three dozen House Democrats have signed a letter.")).toMatchObject([{ kind: "count", low: 36, high: 36 }]);
    expect(stated("The president signed nearly two-dozen executive actions.")).toMatchObject([{ text: "nearly two-dozen executive", kind: "count", low: expect.closeTo(19.2) as unknown, high: 24 }]);
  });

  it("counts people in one unit whatever the noun, with what happened to them when the sentence says", () => {
    expect(stated("The gunman at the mall shot 3 victims.")).toEqual([{ text: "3 victims", kind: "count", unit: "person", low: 3, high: 3 }]);
    expect(stated("Three people were killed when a gunman opened fire.")).toEqual([{ text: "Three people", kind: "count", unit: "person", low: 3, high: 3, outcome: "killed" }]);
    expect(stated("The blast left 50 people dead and 53 wounded.")).toEqual([
      { text: "50 people", kind: "count", unit: "person", low: 50, high: 50, outcome: "killed" },
      { text: "53 wounded", kind: "count", unit: "person", low: 53, high: 53, outcome: "injured" },
    ]);
    expect(stated("The storm caused 12 deaths.")).toMatchObject([{ unit: "person", outcome: "killed", low: 12 }]);
    expect(stated("He attacked the crowd, killing at least five people.")).toMatchObject([{ unit: "person", outcome: "killed", low: 5, high: Infinity }]);
  });

  it("reads a weekday as the date it stands for in an article published that week, and next Thursday as the one to come", () => {
    expect(stated("The city council voted on Tuesday to close the plant.", WEDNESDAY)).toEqual([{ text: "Tuesday", kind: "date", unit: "date", low: 1112, high: 1112 }]);
    expect(stated("The city council votes on the plant next Tuesday.", WEDNESDAY)).toMatchObject([{ text: "next Tuesday", low: 1119 }]);
    expect(stated("The vote was held on Wednesday.", WEDNESDAY)).toMatchObject([{ low: 1113 }]);
  });

  it("leaves out a weekday that dates a statement, names a show, comes with its date, or has no publication date to count from", () => {
    expect(stated("The mayor said Tuesday that the plant would close.", WEDNESDAY)).toEqual([]);
    expect(stated("Senator Bob Corker said on “Fox News Sunday” that a deal was near.", WEDNESDAY)).toEqual([]);
    expect(stated("It was perpetrated on Sunday, June 12, 2016, in Orlando.", "2016-06-13T12:00:00Z")).toEqual([{ text: "June 12", kind: "date", unit: "date", low: 612, high: 612 }]);
    expect(stated("The city council voted on Tuesday to close the plant.")).toEqual([]);
  });
});

describe("pairing the same figure worded differently", () => {
  it("more than two hours against 90 minutes: one fact, a difference", () => {
    const [fact, ...others] = compareFacts(
      outlets(
        ["AP", "During the more than two-hour call, Trump pressed Putin on a ceasefire in Ukraine."],
        ["Reuters", "Putin told Trump during their 90-minute call that Russia wanted guarantees."],
      ),
    );
    expect(others).toEqual([]);
    expect(fact && claimsOf(fact)).toEqual(["AP ¶1 «more than two-hour»", "Reuters ¶1 «90-minute»"]);
    expect(fact?.agree).toBe(false);
  });

  it("dozens against about 40: one fact, an agreement", () => {
    const [fact] = compareFacts(
      outlets(["AP", "Dozens of protesters were arrested outside the courthouse on Friday."], ["Reuters", "Police arrested about 40 protesters outside the courthouse."]),
    );
    expect(fact && claimsOf(fact)).toEqual(["AP ¶1 «Dozens of protesters»", "Reuters ¶1 «about 40 protesters»"]);
    expect(fact?.agree).toBe(true);
  });

  it("Tuesday against Nov. 12, in a story published on Wednesday the 13th: one fact, an agreement", () => {
    const [fact] = compareFacts(
      outlets(["AP", "The city council voted on Tuesday to close the plant.", WEDNESDAY], ["Reuters", "The council’s Nov. 12 vote to close the plant surprised its workers.", WEDNESDAY]),
    );
    expect(fact && claimsOf(fact)).toEqual(["AP ¶1 «Tuesday»", "Reuters ¶1 «Nov. 12»"]);
    expect(fact?.agree).toBe(true);
  });

  it("three people against 3 victims: one fact, an agreement", () => {
    const [fact] = compareFacts(
      outlets(["AP", "Three people were shot when a gunman opened fire at the Springfield mall."], ["Reuters", "The gunman at the Springfield mall shot 3 victims before police arrived."]),
    );
    expect(fact && claimsOf(fact)).toEqual(["AP ¶1 «Three people»", "Reuters ¶1 «3 victims»"]);
    expect(fact?.agree).toBe(true);
  });

  it("on real coverage: dozens of House Democrats boycotted (Fox News) and about 60 did (The New York Times)", () => {
    const inauguration = compareFacts(eventSentences("2017-01-20-"));
    const boycott = inauguration.find((f) => f.claims.some((c) => c.sentence.text.includes("dozens of House Democrats boycotted")));
    expect(boycott && claimsOf(boycott)).toEqual(["Fox News ¶18 «dozens of House»", "The New York Times ¶17 «about 60 House»"]);
    expect(boycott?.agree).toBe(true);
  });

  it("on real coverage: nearly two-dozen executive actions (Fox News) and 23 (HuffPost)", () => {
    const guns = compareFacts(eventSentences("2013-01-1"));
    const actions = guns.find((f) => f.claims.some((c) => c.sentence.text.includes("two-dozen executive actions")));
    expect(actions && claimsOf(actions)).toEqual(["Fox News ¶7 «nearly two-dozen executive»", "HuffPost ¶5 «23 executive»"]);
  });

  it("on real coverage: Sunday (HuffPost, published that day) and June 12 (Fox News); next Thursday’s election and the June 19 election", () => {
    const orlando = compareFacts(eventSentences("2016-06-1"));
    const date = orlando.find((f) => f.claims.some((c) => c.quantity.weekday));
    expect(date && claimsOf(date)).toEqual(["HuffPost ¶4 «Sunday»", "Fox News ¶19 «June 12»"]);
    const leader = compareFacts(eventSentences("2014-06-1"));
    const election = leader.find((f) => f.claims.some((c) => c.quantity.weekday));
    expect(election && claimsOf(election)).toEqual(["Fox News ¶7 «June 19»", "HuffPost ¶14 «next Thursday»"]);
    expect(election?.agree).toBe(true);
  });
});

describe("never pairing two different things", () => {
  it("on real coverage of the Orlando shooting: the death toll in all three outlets, the wounded (scores, at least 53, 53) apart, never one fact", () => {
    const orlando = compareFacts(eventSentences("2016-06-1"));
    const people = orlando.filter((f) => f.claims.every((c) => c.quantity.unit === "person"));
    const dead = people.find((f) => f.claims.every((c) => c.quantity.outcome === "killed"));
    const wounded = people.find((f) => f.claims.every((c) => c.quantity.outcome === "injured"));
    expect(dead && claimsOf(dead)).toEqual(["HuffPost ¶1 «50 people»", "The New York Times ¶11 «50 people»", "Fox News ¶4 «50 people»"]);
    expect(wounded && claimsOf(wounded)).toEqual(["HuffPost ¶1 «scores of others»", "The New York Times ¶11 «53 wounded»", "Fox News ¶4 «at least 53 others»"]);
    expect(wounded?.agree).toBe(true);
    expect(people).toHaveLength(2);
  });

  it("a death toll and an injured count of the same explosion, close in value and sharing its words", () => {
    const facts = compareFacts(
      outlets(["AP", "Five people were killed in the Springfield explosion, officials said."], ["Reuters", "The Springfield explosion injured six people, officials said."]),
    );
    expect(facts).toEqual([]);
  });

  it("a weekday and a written date that is not its date, or two weekdays", () => {
    const facts = compareFacts(
      outlets(
        ["AP", "The city council voted on Tuesday to close the plant.", WEDNESDAY],
        ["Reuters", "The council’s Nov. 14 vote to close the plant surprised its workers.", WEDNESDAY],
        ["CNN", "The council voted Monday to close the plant.", WEDNESDAY],
      ),
    );
    expect(facts).toEqual([]);
  });

  it("on real coverage: no difference from a two-year extension of tax cuts and a 13-month one of unemployment insurance, nor from events a day apart", () => {
    expect(compareFacts(eventSentences("2010-12-08-")).filter((f) => !f.agree)).toEqual([]);
    expect(compareFacts(eventSentences("2010-05-1")).filter((f) => !f.agree)).toEqual([]);
  });

  it("on real coverage of the pipe bombs: the Unabomber’s three dead and two people briefed on the matter", () => {
    const bombs = compareFacts(eventSentences("2018-10-26-"));
    expect(bombs.filter((f) => f.claims.some((c) => c.quantity.unit === "person"))).toEqual([]);
  });
});
