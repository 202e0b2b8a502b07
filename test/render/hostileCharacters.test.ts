// Text that attacks the reader: terminal escape sequences (colours, screen clears, hyperlinks) and bidi
// override characters (U+202E and its kin) in an article's title and body and in what a user types.
// No Discord reply (embed footer included), autocomplete choice, console answer or CLI output holds one.
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { answerLine } from "../../src/cli/console.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { autocompleteResponse, commandResponse, createResponder } from "../../src/discord/respond.ts";
import { buildArticle } from "../../src/ingest/buildArticle.ts";
import { terminalJson } from "../../src/render/inertText.ts";
import { storeOf } from "../support/stores.ts";

/** Escape sequences (CSI in 7-bit and 8-bit form, OSC) and bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding escape characters is the point
const ATTACK = /[\u001b\u009b\u009d\u202a-\u202e\u2066-\u2069]/u;
const RED = "\u001b[31m";
const CLEAR = "\u001b[2J\u001b[H";
const LINK = "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007";
const RLO = "\u202e";

/** An article as a hand-edited or old store could hold it: ingest would have taken the escapes out. */
const article = buildArticle(
  {
    title: `${RLO}Bridge reopens ${RED}after repairs`,
    outlet: `${RED}Harbour Gazette`,
    sections: [
      {
        paragraphs: [
          `Transport minister Jane Okafor said on Monday that “the bridge ${CLEAR}will ${RLO}reopen on Tuesday${"\u202c"} after months of repairs and delays.”`,
          `Okafor, who has led the ministry since 2021, added that ${LINK} traffic would be light at first and that the old ferry would keep running.`,
          `“We ${RED}owe the town a working crossing,” Okafor said, speaking at the harbour after the last inspection of the ${"\u2066"}steel${"\u2069"} deck.`,
        ],
      },
    ],
    captions: [],
    related: [{ title: `${RLO}Ferry returns ${RED}for the winter` }],
  },
  "hostile.txt",
  "hash",
);
const corpus = await storeOf([article]);
const responder = createResponder(corpus, commands, createCooldown(1_000_000, 1));

/** Every string inside `value`. */
const strings = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];
const attacks = (value: unknown): string[] => strings(value).filter((s) => ATTACK.test(s));

const TYPED: Record<string, Record<string, string>> = {
  quote: { who: "Okafor" },
  who: { name: `${RED}Okafor${RLO}` },
  summary: { length: "full" },
  ask: { question: `when will the ${CLEAR}bridge ${RLO}reopen?` },
  related: { topic: `${RLO}ferry` },
  sources: {},
};

describe("Discord replies", () => {
  it("hold no escape sequence or bidi control, from the article or from the user", async () => {
    for (const command of commands) {
      const name = command.definition.name;
      const message = await commandResponse(responder, name, TYPED[name] ?? {}, "111111111111111111");
      expect(attacks(message), name).toEqual([]);
      expect(message.content ?? message.embeds[0]?.description, name).toBeTruthy();
    }
  });

  it("show the article's title in the footer without its bidi override or colour code", async () => {
    const footer = (await commandResponse(responder, "summary", {}, "111111111111111111")).embeds[0]?.footer?.text;
    expect(footer).toContain("Bridge reopens after");
    expect(footer).not.toContain("[31m");
    expect(attacks(footer)).toEqual([]);
  });

  it("echo a hostile name typed into /quote without its escapes", async () => {
    const message = await commandResponse(responder, "quote", { who: `${CLEAR}Nobody${RLO}Real` }, "111111111111111111");
    expect(attacks(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain("NobodyReal");
  });

  it("offer autocomplete choices without them", async () => {
    const choices = await autocompleteResponse(responder, "summary", "article", "bri");
    expect(choices.length).toBeGreaterThan(0);
    expect(attacks(choices.map((c) => c.name))).toEqual([]);
  });
});

describe("the console and the CLI", () => {
  it("print every command's answer without an escape sequence or bidi control", async () => {
    for (const command of commands) {
      const name = command.definition.name;
      const line = `/${name} ${Object.entries(TYPED[name] ?? {})
        .map(([option, value]) => `${option}:${value}`)
        .join(" ")}`;
      const printed = (await answerLine(corpus, line)) ?? "";
      expect(printed.length, name).toBeGreaterThan(0);
      expect(attacks(printed), name).toEqual([]);
    }
  });

  it("print the operator commands and an unknown command's name without them", async () => {
    for (const line of [`article ${article.id}`, "quotes", `${RED}nonsense${RLO}`]) expect(attacks(await answerLine(corpus, line)), line).toEqual([]);
  });

  it("write --json with the bidi controls escaped, the value unchanged", () => {
    const value = { title: article.title, text: `a ${RLO}b \u2066c\u2069 \u009b31m` };
    const json = terminalJson(value);
    expect(attacks(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual(value);
  });
});
