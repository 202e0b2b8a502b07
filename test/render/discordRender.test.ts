// Discord rendering: word-boundary truncation, escaping, page ids in custom ids, and the one place
// limits are enforced (fitMessage, fitChoices) holding for anything thrown at it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Document } from "../../src/render/document.ts";
import { documentMessage } from "../../src/render/discord/document.ts";
import { escapeText, safeUrl } from "../../src/render/discord/escape.ts";
import { fitChoices, fitMessage } from "../../src/render/discord/limits.ts";
import { pageCustomId, parsePageCustomId } from "../../src/render/discord/paging.ts";
import { truncateWords } from "../../src/render/discord/truncate.ts";
import { assertWithinLimits } from "./discordLimits.ts";
import { hostileText, RAW_MENTION } from "./hostile.ts";

describe("truncateWords", () => {
  it("keeps text that fits", () => {
    expect(truncateWords("short words", 11)).toBe("short words");
  });

  it("cuts at a word and marks the cut", () => {
    expect(truncateWords("the Kremlin leader spoke at length", 20)).toBe("the Kremlin leader…");
  });

  it("never exceeds the limit and never ends inside a word that had a space to stop at", () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 300 }), (text, max) => {
        const cut = truncateWords(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === text) return;
        expect(cut.endsWith("…")).toBe(true);
        const kept = cut.slice(0, -1);
        const room = text.slice(0, max);
        if (/\s/u.test(room.slice(1)) && kept.length > 0) expect(/\s/u.test(text.charAt(kept.length)) || /\s$/u.test(kept) || text.charAt(kept.length) === "").toBe(true);
      }),
    );
  });
});

describe("escapeText", () => {
  it("makes mentions and markdown inert", () => {
    const escaped = escapeText("@everyone <@&123456789012345678> **bold** [x](https://e.x)\n> quote");
    expect(escaped).not.toMatch(RAW_MENTION);
    expect(escaped).toContain("\\*\\*bold\\*\\*");
    expect(escaped).toContain("\\[x\\](");
    expect(escaped).toContain("\\> quote");
  });

  it("leaves no mention in any input", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(escapeText(text)).not.toMatch(RAW_MENTION);
      }),
    );
  });

  it("never echoes a lone surrogate back, and keeps paired ones (emoji) whole", () => {
    expect(escapeText("a\ud800 b\udc00")).toBe("a\ufffd b\ufffd");
    expect(escapeText("flag 🇺🇦")).toBe("flag 🇺🇦");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(escapeText(text).isWellFormed()).toBe(true);
      }),
    );
  });

  it("accepts only http(s) links", () => {
    expect(safeUrl("https://apnews.com/a(b)")).toBe("https://apnews.com/a%28b%29");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("not a url")).toBeUndefined();
  });
});

describe("page custom ids", () => {
  it("round-trip any arguments that fit in 100 characters", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), fc.nat({ max: 999 }), (args, page) => {
        const id = pageCustomId({ command: "quote", page, args });
        if (id === null) return;
        expect(id.length).toBeLessThanOrEqual(100);
        const parsed = parsePageCustomId(id);
        expect(parsed).toEqual({ command: "quote", page, args: args.length === 0 ? [""] : args });
      }),
    );
  });

  it("refuses arguments too long to fit", () => {
    expect(pageCustomId({ command: "ask", page: 1, args: ["x".repeat(200)] })).toBeNull();
  });

  it("rejects ids that are not page ids", () => {
    expect(parsePageCustomId("something:else")).toBeNull();
  });
});

const manyExcerpts = (n: number, text: string): Document => ({
  title: "Quotes: Putin",
  notes: [],
  groups: [
    {
      heading: "By Putin",
      items: Array.from({ length: n }, (_, i) => ({ kind: "excerpt" as const, text: `${text} ${i}`, speaker: "Vladimir Putin", cite: `AP — Title ¶${i + 1}`, url: "https://apnews.com/x" })),
    },
  ],
  empty: "none",
  source: "Source: AP — Title",
});

describe("documentMessage", () => {
  it("pages a long document with Previous/Next whose ids name the page", () => {
    const message = documentMessage(manyExcerpts(12, "words"), { command: "quote", page: 1, args: ["Putin", ""] });
    const [previous, next] = message.components[0]?.components ?? [];
    expect(previous && "custom_id" in previous ? previous.custom_id : "").toBe("page:quote:0:Putin|");
    expect(next && "custom_id" in next ? next.custom_id : "").toBe("page:quote:2:Putin|");
    expect(message.embeds[0]?.footer?.text).toMatch(/^Page 2 of 3/u);
    expect(message.embeds[0]?.description).toContain("[AP — Title ¶6](https://apnews.com/x)");
  });

  it("clamps a page past the end to the last page", () => {
    const message = documentMessage(manyExcerpts(12, "words"), { command: "quote", page: 40, args: ["Putin"] });
    expect(message.embeds[0]?.footer?.text).toMatch(/^Page 3 of 3/u);
  });

  it("stays within limits whatever the text", () => {
    fc.assert(
      fc.property(hostileText, fc.nat({ max: 30 }), fc.nat({ max: 5 }), (text, n, page) => {
        const document = { ...manyExcerpts(n, text), title: text, notes: [text, text] };
        const message = documentMessage(document, { command: "quote", page, args: [text] });
        assertWithinLimits(message);
        expect(`${message.embeds[0]?.title}${message.embeds[0]?.description}`).not.toMatch(RAW_MENTION);
      }),
      { numRuns: 200 },
    );
  });
});

describe("fitMessage and fitChoices", () => {
  it("bring an oversized payload within every limit", () => {
    const long = "word ".repeat(3000);
    const fitted = fitMessage({
      content: long,
      embeds: Array.from({ length: 12 }, () => ({
        title: long,
        description: long,
        footer: { text: long },
        fields: Array.from({ length: 30 }, () => ({ name: long, value: long })),
      })),
      components: [],
      allowed_mentions: { parse: [] },
    });
    assertWithinLimits(fitted);
  });

  it("keep at most 25 distinct, non-empty choices of 100 characters", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: hostileText, value: hostileText }), { maxLength: 40 }), (choices) => {
        assertWithinLimits({}, fitChoices(choices));
      }),
    );
  });
});

describe("highlighted answers", () => {
  const sentence = "During the more than two-hour chat — the longest such call between the countries’ leaders in years — Donald Trump and Vladimir Putin covered a range of topics.";
  const answerDocument = (highlights: [number, number][], text = sentence): Document => ({
    title: "Q: how long was the call?",
    notes: [],
    groups: [{ items: [{ kind: "excerpt", text, cite: "AP — The Trump-Putin phone call… ¶2", highlights }] }],
    empty: "",
    source: "Source: AP",
  });
  const description = (document: Document) => documentMessage(document, { command: "ask", page: 0, args: [] }).embeds?.[0]?.description ?? "";

  it("shows the words that matched the question in bold", () => {
    const start = sentence.indexOf("call");
    expect(description(answerDocument([[start, start + 4]]))).toContain("such **call** between");
  });

  it("still escapes the text around and inside the bold words", () => {
    const text = "He said *this* matters @everyone";
    const shown = description(answerDocument([[8, 14]], text));
    expect(shown).toContain("**\\*this\\***");
    expect(shown).not.toMatch(RAW_MENTION);
  });

  it("drops a highlight that the shortened excerpt no longer holds", () => {
    const long = `${"word ".repeat(300)}target`;
    const shown = description(answerDocument([[long.length - 6, long.length]], long));
    expect(shown).not.toContain("**target**");
    expect(shown).toContain("…");
  });
});
