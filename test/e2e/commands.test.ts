// Every command answered through the real discord.js client against the fake Discord: the
// callback is a message with an embed, within limits, and mentions nobody.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autocompleteInteraction, commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { startHarness, type Harness } from "./harness.ts";

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `5000000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

interface Callback {
  type: number;
  data: { content?: string; embeds?: { title?: string; description?: string; footer?: { text: string } }[]; allowed_mentions?: unknown; flags?: number; choices?: { name: string; value: string }[] };
}

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

describe("slash commands through the real client", () => {
  const cases: [string, Record<string, string>][] = [
    ["quote", { who: "Putin" }],
    ["who", { name: "Peskov" }],
    ["summary", { length: "full" }],
    ["ask", { question: "How long was the call?" }],
    ["related", { topic: "Gaza" }],
    ["sources", {}],
  ];
  it.each(cases)("/%s answers with an embed that mentions nobody", async (name, values) => {
    const message = (await harness.answer(commandInteraction(name, values, asker()))) as Callback["data"];
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds?.length).toBe(1);
    assertWithinLimits(message);
  });

  it("replies at once (callback type 4) to a fresh interaction", async () => {
    const request = await harness.interact(commandInteraction("sources", {}, asker()));
    expect((request.body as Callback).type).toBe(4);
  });

  it("/ask shows the passage that answers, cited", async () => {
    const message = (await harness.answer(commandInteraction("ask", { question: "How long was the call?" }, asker()))) as Callback["data"];
    const embed = message.embeds?.[0];
    expect(embed?.description).toContain("two-hour");
    expect(embed?.description).toMatch(/¶\d+/u);
    expect(embed?.footer?.text).toContain("Source");
  });

  it("autocomplete offers speakers labelled with their quote counts", async () => {
    const request = await harness.interact(autocompleteInteraction("quote", { who: "stanov" }, "who", asker()));
    const choices = (request.body as Callback).data.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice.name).toMatch(/ — \d+ quotes?$/u);
    assertWithinLimits({}, choices);
  });

  it("autocomplete offers article titles", async () => {
    const request = await harness.interact(autocompleteInteraction("summary", { article: "trump" }, "article", asker()));
    const callback = request.body as Callback;
    expect(callback.type).toBe(8);
    expect(callback.data.choices?.[0]?.name).toContain("Trump-Putin");
    assertWithinLimits({}, callback.data.choices);
  });
});
