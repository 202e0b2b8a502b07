// Story-aware answers through the real discord.js client against the fake Discord, on a store of two
// stories' pages (three outlets each): /summary of a story and /quote cite every outlet carrying an
// excerpt, linked, and every reply and autocomplete stays within Discord's limits.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autocompleteInteraction, commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { assertWithinLimits } from "../render/discordLimits.ts";
import { STORY_PAGES } from "../support/storyPages.ts";
import { startHarness, type Harness } from "./harness.ts";

/** The Strzok firing and the pipe-bomb arrest, as The New York Times, Fox News and HuffPost reported them. */
const PAGES = readdirSync(STORY_PAGES)
  .filter((f) => /^2018-(08-13|10-26)-/u.test(f))
  .map((f) => join(STORY_PAGES, f));

let harness: Harness;
let askers = 0;
const asker = (): Asker => ({ id: `5100000000000000${String((askers += 1)).padStart(2, "0")}`, username: "reader" });

interface Message {
  embeds?: { title?: string; description?: string; footer?: { text: string } }[];
  choices?: { name: string; value: string }[];
}

beforeAll(async () => {
  harness = await startHarness({ sources: PAGES });
}, 120_000);
afterAll(async () => {
  await harness.stop();
});

describe("story-aware answers in Discord", () => {
  it("/summary without an option summarises the latest story, its opening fact citing the three outlets, each linked", async () => {
    const message = (await harness.answer(commandInteraction("summary", {}, asker()))) as Message;
    assertWithinLimits(message);
    const embed = message.embeds?.[0];
    expect(embed?.title).toMatch(/^Summary \(brief\): .*(Pipe Bomb|Suspect)/iu);
    expect(embed?.description).toMatch(/\[Fox News ¶1\]\(https?:[^)]+\) · \[HuffPost ¶1\]\(https?:[^)]+\) · \[The New York Times ¶1\]\(https?:[^)]+\)/u);
  });

  it("/summary story: offers the stories by headline, and summarises the one picked", async () => {
    const request = await harness.interact(autocompleteInteraction("summary", { story: "strzok" }, "story", asker()));
    const choices = (request.body as { data: Message }).data.choices ?? [];
    assertWithinLimits({}, choices);
    expect(choices[0]?.name).toMatch(/Strzok.* — 3 outlets$/u);
    const message = (await harness.answer(commandInteraction("summary", { story: choices[0]?.value ?? "", length: "full" }, asker()))) as Message;
    assertWithinLimits(message);
    expect(message.embeds?.[0]?.description).toMatch(/\[HuffPost ¶2\]\([^)]+\) · \[Fox News ¶2\]/u);
  });

  it("/quote shows a statement three outlets carry once, with the three citations", async () => {
    const message = (await harness.answer(commandInteraction("quote", { who: "Goelman" }, asker()))) as Message;
    assertWithinLimits(message);
    const description = message.embeds?.[0]?.description ?? "";
    expect(description.match(/deeply troubling to all Americans/gu)).toHaveLength(1);
    expect(description).toMatch(/\[HuffPost ¶4\]\([^)]+\) · \[The New York Times ¶9\]\([^)]+\) · \[Fox News ¶3\]/u);
  });

  it("/ask which outlets covered …: the story's articles, each linked and dated, and what each reported", async () => {
    const message = (await harness.answer(commandInteraction("ask", { question: "Which outlets covered the pipe bombs?" }, asker()))) as Message;
    assertWithinLimits(message);
    const description = message.embeds?.[0]?.description ?? "";
    expect(description).toMatch(/3 outlets covered the story/u);
    expect(description.match(/<t:\d+:D>/gu)).toHaveLength(3);
  });

  it("/related story: its three articles, then other headlines, within limits", async () => {
    const message = (await harness.answer(commandInteraction("related", { story: "strzok" }, asker()))) as Message;
    assertWithinLimits(message);
    expect(message.embeds?.[0]?.description).toMatch(/The story: .*Strzok/u);
  });

  it("/quote with a story nobody has is one line with what to do, shown only to the asker", async () => {
    const message = (await harness.answer(commandInteraction("quote", { who: "Goelman", story: "zzqx" }, asker()))) as Message & { content?: string; flags?: number };
    assertWithinLimits(message);
    expect(message.content).toMatch(/No story matches "zzqx": pick one from the list/u);
    expect(message.flags).toBe(64);
  });
});
