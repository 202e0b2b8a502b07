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
    expect(rouge(text, text)).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(rouge("hockey games in Moscow", text)).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it("matches hand-worked F-scores", () => {
    // candidate: the cat sat on the mat (6), reference: the cat lay on the mat (6)
    const scores = rouge("the cat sat on the mat", "the cat lay on the mat");
    expect(scores.rouge1).toBeCloseTo(5 / 6, 6);
    expect(scores.rouge2).toBeCloseTo(3 / 5, 6);
    expect(scores.rougeL).toBeCloseTo(5 / 6, 6);
  });

  it("has the three CNN/Daily Mail references, and lead-3 takes the first three sentences", () => {
    expect([...readReferences().keys()]).toHaveLength(3);
    const article = buildTestArticle("a", "A", [{ paragraphs: ["One is here. Two is here.", "Three is here. Four is here."] }]);
    expect(lead3(article)).toBe("One is here. Two is here. Three is here.");
  });
});
