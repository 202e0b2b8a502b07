import { describe, expect, it } from "vitest";
import { evaluateQuotes, readGold } from "../../eval/quotes.ts";

const rows = evaluateQuotes();
const row = (article: string) => rows.find((r) => r.article === article);

describe("quote attribution against the hand-made gold", () => {
  it("every gold quote is found in the ingested body (annotations stay valid)", () => {
    expect(rows.flatMap((r) => r.unlocated)).toEqual([]);
    expect(readGold().length).toBeGreaterThanOrEqual(6);
  });

  it("on the seed every direct quote is found and attributed correctly", () => {
    expect(row("seed")).toMatchObject({ recall: 1, precision: 1, speakerAccuracy: 1 });
  });

  it("over the annotated articles direct-quote F1 ≥ 0.95 and speaker accuracy ≥ 0.95", () => {
    const total = row("total");
    expect(total?.f1).toBeGreaterThanOrEqual(0.95);
    expect(total?.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("finds most reported speech too", () => {
    const total = row("total");
    expect((total?.reportedFound ?? 0) / (total?.reportedGold ?? 1)).toBeGreaterThanOrEqual(0.8);
  });
});
