// A run of excerpts from one article names the article once, then cites only the paragraphs: in
// Discord (per page and group) and in the console.
import { describe, expect, it } from "vitest";
import { quote } from "../../commands/quote.ts";
import { seedStore } from "../support/stores.ts";

const store = await seedStore();
const result = await quote.answer(store, { who: "Stanovaya" });
const TITLE = "The Trump-Putin phone call";

describe("citations under a run of excerpts from one article", () => {
  it("name the article at the first excerpt of a group on each Discord page, then only the paragraph", () => {
    const description = quote.toDiscord(result, { command: "quote", page: 0, args: ["Stanovaya"] }).embeds[0]?.description ?? "";
    const attributions = description.split("\n").filter((line) => line.startsWith("— "));
    expect(attributions.length).toBeGreaterThan(1);
    expect(attributions[0]).toContain(TITLE);
    for (const line of attributions.slice(1)) {
      expect(line).not.toContain(TITLE);
      expect(line).toMatch(/ · ¶\d+$/u);
    }
  });

  it("do the same in the console", () => {
    const lines = quote.toTerminal(result).split("\n").filter((line) => line.trimStart().startsWith("— "));
    expect(lines[0]).toContain(TITLE);
    expect(lines.slice(1).some((line) => /· ¶\d+$/u.test(line))).toBe(true);
    expect(lines.filter((line) => line.includes(TITLE)).length).toBeLessThan(lines.length);
  });
});
