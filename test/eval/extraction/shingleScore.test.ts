// The benchmark scorer counts as the benchmark's evaluate.py does, worked out by hand on tiny texts.
import { describe, expect, it } from "vitest";
import { benchmarkScores, benchmarkTokens, pagePrecision, pageRecall, shingleCounts } from "./shingleScore.ts";

describe("the article-extraction-benchmark's scoring", () => {
  it("splits words as Python's \\w+ does: letters, digits and underscores, case kept, any script", () => {
    expect(benchmarkTokens("The U.S. isn't co_op, 2019 — Café 日本語")).toEqual(["The", "U", "S", "isn", "t", "co_op", "2019", "Café", "日本語"]);
  });

  it("counts 4-word shingles: a missing last word loses one of two shingles", () => {
    const counts = shingleCounts("one two three four five", "one two three four");
    expect(counts).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(pagePrecision(counts)).toBe(1);
    expect(pageRecall(counts)).toBe(0.5);
  });

  it("takes a text shorter than four words as one shingle", () => {
    expect(shingleCounts("Hello there", "Hello there")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleCounts("Hello there", "hello there")).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it("leaves a page with nothing extracted out of precision but counts it as zero recall", () => {
    const text = "Gaming used to be so simple and now it is not";
    const scores = benchmarkScores([
      { truth: text, extracted: text },
      { truth: text, extracted: "" },
    ]);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(0.5);
    expect(scores.f1).toBeCloseTo(2 / 3, 10);
    expect(scores.accuracy).toBe(0.5);
  });
});
