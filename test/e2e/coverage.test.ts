// /coverage through the real discord.js client against the fake Discord, on a store of two events of
// test/fixtures/stories as ingest files them: the story found by a name, its outlets and the figure
// two of them state differently, each side cited; the latest stories without an option; story
// autocomplete; an unknown story answered in one line only its asker sees. Every reply within limits, mentioning nobody.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autocompleteInteraction, commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { STORY_PAGES } from "../support/storyPages.ts";
import { startHarness, type Harness } from "./harness.ts";

/** Pelosi's re-election as House Democratic leader and Strzok's firing, three outlets each. */
const PAGES = readdirSync(STORY_PAGES)
  .filter((f) => /^(2016-11-30|2018-08-13)-.*\.html$/u.test(f))
  .map((f) => join(STORY_PAGES, f));

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `5100000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

interface Message {
  content?: string;
  flags?: number;
  allowed_mentions?: unknown;
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
}

beforeAll(async () => {
  harness = await startHarness({ sources: PAGES });
}, 120_000);
afterAll(async () => {
  await harness.stop();
});

describe("/coverage in Discord", () => {
  it("shows a story's outlets and cites both sides of the figure they state differently", async () => {
    const message = (await harness.answer(commandInteraction("coverage", { story: "Pelosi" }, asker()))) as Message;
    expect(message.allowed_mentions).toEqual({ parse: [] });
    assertWithinLimits(message);
    const embed = message.embeds?.[0];
    expect(embed?.title).toContain("Pelosi");
    expect(embed?.description).toContain("Fox News");
    expect(embed?.description).toContain("The New York Times");
    expect(embed?.description).toMatch(/since \*\*2002\*\*[\s\S]*Fox News ¶11[\s\S]*since \*\*2003\*\*[\s\S]*HuffPost ¶4/u);
    expect(embed?.footer?.text).toContain("Fox News, HuffPost, The New York Times");
  });

  it("lists the latest stories when no story is named", async () => {
    const message = (await harness.answer(commandInteraction("coverage", {}, asker()))) as Message;
    assertWithinLimits(message);
    const description = message.embeds?.[0]?.description ?? "";
    expect(description.indexOf("Strzok")).toBeGreaterThan(-1);
    expect(description.indexOf("Strzok")).toBeLessThan(description.indexOf("Pelosi"));
  });

  it("offers stories while the member types, labelled with their outlets and date", async () => {
    const request = await harness.interact(autocompleteInteraction("coverage", { story: "strzok" }, "story", asker()));
    const choices = (request.body as { data: { choices?: { name: string; value: string }[] } }).data.choices ?? [];
    expect(choices[0]?.name).toMatch(/Strzok .* — 3 outlets, 13 Aug 2018$/u);
    assertWithinLimits({}, choices);
  });

  it("answers a story nobody covered in one line with the next step, shown only to the asker", async () => {
    const message = (await harness.answer(commandInteraction("coverage", { story: "quagga zebras" }, asker()))) as Message;
    assertWithinLimits(message);
    expect(message.content).toMatch(/^⚠️ No story matches "quagga zebras": pick one from the list .* run \/coverage with no story/u);
    expect(message.content?.split("\n")).toHaveLength(1);
    expect(message.flags).toBe(64);
  });
});
