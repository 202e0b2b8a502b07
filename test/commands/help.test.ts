// /help in Discord and the console: every command with how to type it, examples taken from the
// coverage that is stored (not the seed's names baked in), shown only to the asker; and replies that
// found nothing are shown only to the asker too, with the reason.
import { MessageFlags } from "discord.js";
import { describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { HelpResultSchema, type HelpResult } from "../../src/answer/contract.ts";
import { corpusArticle } from "../eval/ask.ts";
import { seedStore, storeOf } from "../support/stores.ts";

const help = commands.find((c) => c.definition.name === "help");
if (!help) throw new Error("no /help command");
const ref = { command: "help", page: 0, args: [] };

describe("/help", () => {
  it("lists every command with its usage, required options bare and optional ones in brackets", async () => {
    const result = HelpResultSchema.parse(await help.answer(await seedStore(), {})) as HelpResult;
    expect(result.commands.map((c) => c.name)).toEqual(commands.map((c) => c.definition.name));
    expect(result.commands.find((c) => c.name === "quote")?.usage).toBe("/quote who:<who> [article:<article>] [story:<story>]");
    expect(result.articles).toBe(1);
  });

  it("draws its examples from the coverage stored: the most quoted name of the seed, another name for another article", async () => {
    const seed = (await help.answer(await seedStore(), {})) as HelpResult;
    const sudan = (await help.answer(await storeOf([corpusArticle("nyt-us-to-lift-sudan-sanctions")]), {})) as HelpResult;
    const quoteExample = (r: HelpResult) => r.commands.find((c) => c.name === "quote")?.example ?? "";
    expect(quoteExample(seed)).toMatch(/^\/quote who:\S/u);
    expect(quoteExample(sudan)).toMatch(/^\/quote who:\S/u);
    expect(quoteExample(sudan)).not.toBe(quoteExample(seed));
    expect(seed.commands.find((c) => c.name === "ask")?.example).toMatch(/^\/ask question:What did .+ say\?$/u);
  });

  it("is shown only to the asker in Discord, and printed in full in the console", async () => {
    const result = await help.answer(await seedStore(), {});
    const message = help.toDiscord(result, ref);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
    expect(message.embeds[0]?.description).toContain("/summary");
    expect(help.toTerminal(result)).toContain("/ask question:<question>");
  });
});

describe("a reply that found nothing", () => {
  it("is shown only to the asker, with the reason, while a reply with answers is public", async () => {
    const store = await seedStore();
    const quote = commands.find((c) => c.definition.name === "quote");
    if (!quote) throw new Error("no /quote command");
    const none = quote.toDiscord(await quote.answer(store, { who: "Zebulon Quartermaine" }), { command: "quote", page: 0, args: [] });
    expect(none.flags).toBe(MessageFlags.Ephemeral);
    expect(none.embeds[0]?.description).toMatch(/Zebulon Quartermaine/u);
    const found = quote.toDiscord(await quote.answer(store, { who: "Peskov" }), { command: "quote", page: 0, args: [] });
    expect(found.flags).toBeUndefined();
  });
});
