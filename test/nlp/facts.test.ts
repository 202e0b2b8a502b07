// Facts across outlets: the quantities a news sentence states (with the range its wording allows and
// what it measures), the same fact aligned across outlets and found to agree or differ, and what one
// outlet alone reports; on the sentences of real pages in test/fixtures/stories and the seed.
import { describe, expect, it } from "vitest";
import { compareFacts, consistent, type OutletSentence } from "../../src/nlp/facts/compareFacts.ts";
import { findQuantities } from "../../src/nlp/facts/quantities.ts";
import { reportedByOne } from "../../src/nlp/facts/reportedByOne.ts";
import { eventSentences } from "../support/outletSentences.ts";

const stated = (sentence: string) => findQuantities(sentence).map((q) => ({ text: sentence.slice(q.start, q.end), kind: q.kind, low: q.low, high: q.high }));

describe("quantities in a sentence", () => {
  it("reads a qualified duration into the range it allows, in minutes", () => {
    expect(stated("During the more than two-hour chat — the longest such call between the countries’ leaders in years — Donald Trump and Vladimir Putin covered a range of topics.")).toEqual([
      { text: "more than two-hour", kind: "duration", low: 120, high: Infinity },
    ]);
    expect(stated("President Barack Obama and House Speaker John Boehner (R-Ohio) met for nearly an hour on Thursday evening")).toEqual([
      { text: "nearly an hour", kind: "duration", low: 48, high: 60 },
    ]);
  });

  it("reads tallies, stated ranges, shares, ages and years", () => {
    expect(stated("She won by a 134-to-63 vote.")).toMatchObject([{ text: "134-to-63", kind: "tally", low: 134 }]);
    expect(findQuantities("Pelosi defeated her lone challenger, Rep. Tim Ryan (Ohio), by a vote of 134 to 63.")[0]).toMatchObject({ kind: "tally", low: 134, against: 63 });
    expect(stated("It recommended that officers or employees who are armed take a 40- to 60-hour training course")).toEqual([
      { text: "40- to 60-hour", kind: "duration", low: 2400, high: 3600 },
    ]);
    expect(stated("McCarthy’s district is roughly 35 percent Latino.")).toEqual([{ text: "roughly 35 percent", kind: "percent", low: 26.25, high: 43.75 }]);
    expect(stated("The 76-year-old Pelosi, in the months prior to the Nov. 8 elections, repeatedly vowed")).toEqual([
      { text: "76-year-old", kind: "age", low: 76, high: 76 },
      { text: "Nov. 8", kind: "date", low: 1108, high: 1108 },
    ]);
    expect(stated("Pelosi has led House Democrats since 2002.")).toEqual([{ text: "2002", kind: "year", low: 2002, high: 2002 }]);
  });

  it("leaves out numbers that label or date rather than measure", () => {
    expect(stated("A two-term Republican congressman from Idaho said Friday he would run for the No. 2 job in the chamber.")).toEqual([]);
    expect(stated("The meeting was the first face-to-face negotiation between the president and the speaker since a session three weeks ago")).toEqual([]);
  });

  it("takes a longer-than-two-hours call and a 90-minute one as statements that cannot both be true", () => {
    const [twoHours] = findQuantities("During the more than two-hour chat — the longest such call between the countries’ leaders in years — Donald Trump and Vladimir Putin covered a range of topics.");
    const [ninety] = findQuantities("The call lasted 90 minutes.");
    const [anHour] = findQuantities("Trump called Zelenskyy for about an hour Wednesday");
    if (!twoHours || !ninety || !anHour) throw new Error("a duration was not found");
    expect(consistent(twoHours, ninety)).toBe(false);
    expect(consistent(ninety, anHour)).toBe(false);
    expect(consistent(anHour, { ...anHour, low: 55, high: 55 })).toBe(true);
  });
});

describe("the same fact across outlets", () => {
  const pelosi = compareFacts(eventSentences("2016-11-30-"));
  const claimsOf = (fact: { claims: { sentence: OutletSentence }[] }) => fact.claims.map((c) => `${c.sentence.outlet} ¶${c.sentence.paragraph}`);

  it("finds where outlets state a date differently, each side with its own sentence", () => {
    const differences = pelosi.filter((f) => !f.agree);
    expect(differences.map(claimsOf)).toEqual([["Fox News ¶11", "HuffPost ¶4"]]);
    expect(differences[0]?.about).toBe("Pelosi led House Democrats (when)");
    expect(differences[0]?.claims.map((c) => c.sentence.text.slice(c.quantity.start, c.quantity.end))).toEqual(["2002", "2003"]);
  });

  it("finds the figures all three outlets agree on: the 134-to-63 tally and the six seats gained", () => {
    const agreed = pelosi.filter((f) => f.agree);
    const tally = agreed.find((f) => f.claims[0]?.quantity.kind === "tally");
    expect(tally && claimsOf(tally)).toEqual(["Fox News ¶2", "HuffPost ¶2", "The New York Times ¶3"]);
    const seats = agreed.find((f) => f.claims.every((c) => c.quantity.unit === "seat"));
    expect(seats && claimsOf(seats)).toEqual(["Fox News ¶19", "HuffPost ¶5", "The New York Times ¶19"]);
    expect(seats?.claims.every((c) => c.quantity.low === 6)).toBe(true);
  });

  it("agrees when outlets word the same figure differently: a 60-day suspension, suspended for 60 days; a 21-year veteran, over 20 years at the F.B.I.", () => {
    const strzok = compareFacts(eventSentences("2018-08-13-"));
    expect(strzok.every((f) => f.agree)).toBe(true);
    const suspension = strzok.find((f) => f.claims.every((c) => c.quantity.low === 60 * 1_440));
    expect(suspension && claimsOf(suspension)).toEqual(["Fox News ¶17", "HuffPost ¶2", "The New York Times ¶5"]);
    expect(suspension?.claims.map((c) => c.sentence.text.slice(c.quantity.start, c.quantity.end))).toEqual(["60-day", "60-day", "60 days"]);
    const veteran = strzok.find((f) => f.claims.some((c) => c.sentence.text.includes("21-year FBI veteran")));
    expect(veteran && claimsOf(veteran)).toEqual(["Fox News ¶2", "HuffPost ¶6", "The New York Times ¶2"]);
  });

  it("reports no difference when every outlet gives the same training range in its own words", () => {
    const nra = compareFacts(eventSentences("2013-04-02-"));
    const training = nra.find((f) => f.claims.some((c) => c.sentence.text.includes("40-60 hour training program")));
    expect(training?.agree).toBe(true);
    expect(training && claimsOf(training)).toEqual(["Fox News ¶4", "HuffPost ¶4", "The New York Times ¶12"]);
    expect(nra.filter((f) => !f.agree)).toEqual([]);
  });
});

describe("what one outlet alone reports", () => {
  it("finds HuffPost's list of nominating speakers, whom neither other outlet names", () => {
    const only = reportedByOne(eventSentences("2016-11-30-"), 2);
    const huffPost = only.filter((o) => o.sentence.outlet === "HuffPost");
    expect(huffPost.map((o) => o.sentence.paragraph)).toEqual([16]);
    expect(huffPost[0]?.sentence.text).toMatch(/^Adam Schiff \(Calif\.\), Gwen Moore/u);
    expect(only.every((o) => ["Fox News", "HuffPost", "The New York Times"].includes(o.sentence.outlet))).toBe(true);
  });

  it("finds nothing exclusive in an outlet's coverage when there is no other outlet to compare with", () => {
    expect(reportedByOne(eventSentences("2016-11-30-nyt"), 2)).toEqual([]);
  });
});
