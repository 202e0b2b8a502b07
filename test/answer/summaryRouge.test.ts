import { describe, expect, it } from "vitest";
import { rouge, rougeTokens } from "../eval/rouge.ts";
import { lead3, readReferences } from "../eval/summary.ts";
import { buildTestArticle } from "./summaryArticles.ts";

describe("the ROUGE used by the summary eval", () => {
  it("tokenises like rouge-score: lower case, letters and digits, Porter stems for longer words", () => {
    expect(rougeTokens("NTSB says pilots were distracted .")).toEqual(["ntsb", "sai", "pilot", "were", "distract"]);
  });

  it("scores identical texts 1 and unrelated texts 0", () => {
    const text = "First officer didn't completely load radio frequency, NTSB says .";
    expect(rouge(text, text)).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1, rougeLsum: 1 });
    expect(rouge("hockey games in Moscow", text)).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0, rougeLsum: 0 });
  });

  it("matches hand-worked F-scores", () => {
    // candidate: the cat sat on the mat (6), reference: the cat lay on the mat (6)
    const scores = rouge("the cat sat on the mat", "the cat lay on the mat");
    expect(scores.rouge1).toBeCloseTo(5 / 6, 6);
    expect(scores.rouge2).toBeCloseTo(3 / 5, 6);
    expect(scores.rougeL).toBeCloseTo(5 / 6, 6);
    expect(scores.rougeLsum).toBeCloseTo(5 / 6, 6);
  });

  it("scores ROUGE-Lsum line by line with the union LCS (Lin 2004, §3.2), so line order does not count", () => {
    // reference lines: w1 w2 w3 w4 w5 / w6 w7; candidate lines: w1 w2 w6 w8 / w9 w3 w5 (Lin's example, plus a second line)
    const reference = "w1 w2 w3 w4 w5\nw6 w7";
    const candidate = "w1 w2 w6 w8\nw9 w3 w5";
    // line 1: union of {w1 w2} and {w3 w5} = 4 hits; line 2: {w6} = 1 hit; 5 of the 7 tokens on each side
    expect(rouge(candidate, reference).rougeLsum).toBeCloseTo(5 / 7, 6);
    expect(rouge("w6 w7\nw1 w2 w3 w4 w5", reference).rougeLsum).toBe(1);
    expect(rouge("w6 w7\nw1 w2 w3 w4 w5", reference).rougeL).toBeLessThan(1);
  });

  it("counts a token no more often than both summaries hold it", () => {
    expect(rouge("w1 w1\nw1", "w1\nw1 w2").rougeLsum).toBeCloseTo((2 * (2 / 3) * (2 / 3)) / (4 / 3), 6);
  });

  it("has the three CNN/Daily Mail references, and lead-3 takes the first three sentences, one a line", () => {
    expect([...readReferences().keys()]).toHaveLength(3);
    const article = buildTestArticle("a", "A", [{ paragraphs: ["One is here. Two is here.", "Three is here. Four is here."] }]);
    expect(lead3(article)).toBe("One is here.\nTwo is here.\nThree is here.");
  });
});
