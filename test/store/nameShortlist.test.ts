// The rule both backends shortlist names by: a bounded read, rarest trigrams first, scored by rarity.
import { describe, expect, it } from "vitest";
import { bestNameIds, distinctTrigrams, NAME_POSTINGS, planGramReads } from "../../src/store/rows/nameShortlist.ts";

describe("a mistyped name's shortlist", () => {
  it("reads the rarest trigrams whole and never more postings than the budget, however common the rest", () => {
    const reads = planGramReads(
      [
        { gram: "son", docs: 40_000 },
        { gram: "ond", docs: 3 },
        { gram: "sond", docs: 0 },
        { gram: "lan", docs: 9_000 },
        { gram: "dla", docs: 1_500 },
      ],
      200_000,
    );
    expect(reads.map((r) => [r.gram, r.limit])).toEqual([
      ["ond", 3],
      ["dla", 1_500],
      ["lan", 2_497],
    ]);
    expect(reads.reduce((sum, r) => sum + r.limit, 0)).toBe(NAME_POSTINGS);
  });

  it("puts the name sharing the rarer trigrams first, though another shares more common ones", () => {
    const reads = planGramReads(
      [
        { gram: "ond", docs: 2 },
        { gram: "lan", docs: 900 },
        { gram: "and", docs: 950 },
      ],
      10_000,
    );
    const postings: Record<string, number[]> = { ond: [7, 8], lan: [3, 9], and: [3, 9] };
    expect(bestNameIds(reads, (read) => postings[read.gram] ?? [], 3)).toEqual([7, 8, 3]);
    expect(bestNameIds(reads, (read) => postings[read.gram] ?? [], 1)).toEqual([7]);
  });

  it("cuts a name into its letter trigrams once each, by character", () => {
    expect(distinctTrigrams("anna nanna")).toEqual(["ann", "nna", "na ", "a n", " na", "nan"]);
    expect(distinctTrigrams("zoë")).toEqual(["zoë"]);
  });
});
