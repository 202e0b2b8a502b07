// A story or article option that names nothing stored, in every command that takes one (/coverage,
// /summary, /quote, /related): one line saying what was not found and what to do next, shown only to
// the member who typed it (flags 64), whether the interaction came through the gateway's responder or
// the HTTP endpoint; the console prints the same line. On a store of the Strzok and pipe-bomb stories.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { MessageFlags } from "discord-api-types/v10";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { dispatchInteraction, InteractionSchema } from "../../src/discord/http/dispatchInteraction.ts";
import { commandResponse, createResponder, type Responder } from "../../src/discord/respond.ts";
import { commandInteraction } from "../fakeDiscord/payloads.ts";
import { analysePage, STORY_PAGES } from "../support/storyPages.ts";
import { storeOfAnalyses } from "../support/stores.ts";

const PAGES = readdirSync(STORY_PAGES).filter((f) => /^2018-(08-13|10-26)-/u.test(f));

let responder: Responder;
beforeAll(async () => {
  responder = createResponder(await storeOfAnalyses(PAGES.map((f) => analysePage(join(STORY_PAGES, f)))), commands, createCooldown(1_000_000, 1));
});

const UNKNOWN_STORY = /^⚠️ No story matches "quagga zebras": pick one from the list that opens as you type in the story option, or run \/coverage with no story to see the latest stories\.$/u;
const UNKNOWN_ARTICLE = /^⚠️ No stored article matches "quagga zebras": pick one from the list that opens as you type in the article option, or run \/sources to see every stored article\.$/u;

const asked: [string, Record<string, string>, RegExp][] = [
  ["coverage", { story: "quagga zebras" }, UNKNOWN_STORY],
  ["summary", { story: "quagga zebras" }, UNKNOWN_STORY],
  ["summary", { article: "quagga zebras" }, UNKNOWN_ARTICLE],
  ["quote", { who: "Goelman", story: "quagga zebras" }, UNKNOWN_STORY],
  ["quote", { who: "Goelman", article: "quagga zebras" }, UNKNOWN_ARTICLE],
  ["related", { story: "quagga zebras" }, UNKNOWN_STORY],
];

describe("an unknown story or article", () => {
  it.each(asked)("/%s %j: one line with the next step, shown only to the asker", async (name, values, line) => {
    const message = await commandResponse(responder, name, values, "1");
    expect(message.content).toMatch(line);
    expect(message.embeds).toEqual([]);
    expect(message.flags).toBe(MessageFlags.Ephemeral);
  });

  it.each(asked)("/%s %j through the HTTP endpoint: the same line, flags 64", async (name, values, line) => {
    const interaction = InteractionSchema.parse(commandInteraction(name, values, { id: "510000000000000099", username: "reader" }));
    const response = await dispatchInteraction(responder, interaction);
    expect(response).toMatchObject({ type: 4, data: { content: expect.stringMatching(line) as unknown, flags: 64 } });
  });

  it("prints the same single line in the console", async () => {
    const coverage = commands.find((c) => c.definition.name === "coverage");
    if (!coverage) throw new Error("no /coverage command");
    const text = coverage.toTerminal(await coverage.answer(responder.store, { story: "quagga zebras" }));
    expect(text).toMatch(/^Error: No story matches "quagga zebras": pick one from the list/u);
    expect(text.split("\n")).toHaveLength(1);
  });
});

describe("a known story", () => {
  it("is answered publicly", async () => {
    const message = await commandResponse(responder, "coverage", { story: "Strzok" }, "1");
    expect(message.flags ?? 0).toBe(0);
    expect(message.embeds?.[0]?.title).toMatch(/Strzok/u);
  });
});
